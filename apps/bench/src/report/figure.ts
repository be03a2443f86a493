/** One figure of the report: a table for people and the raw numbers for the JSON. */
export interface Figure {
  id: string;
  title: string;
  head: string[];
  rows: string[][];
  /** Plain sentences printed under the table: method, targets, caveats. */
  notes: string[];
  data: unknown;
}

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

export function seconds(valueMs: number): string {
  return `${(valueMs / 1000).toFixed(2)} s`;
}

export function times(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${value.toFixed(2)}x`;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function perSecond(value: number): string {
  return `${value.toFixed(value < 100 ? 1 : 0)}/s`;
}

export function signedMs(value: number): string {
  return `${value >= 0 ? '+' : ''}${ms(value)}`;
}

/** "meets" or "misses", so a reader sees the target beside the figure. */
export function verdict(met: boolean): string {
  return met ? 'meets' : 'misses';
}
