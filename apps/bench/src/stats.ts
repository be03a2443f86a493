import { quantileSorted } from 'simple-statistics';

export interface Summary {
  count: number;
  median: number;
  p99: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples to summarize');

  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: quantileSorted(sorted, 0.5),
    p99: quantileSorted(sorted, 0.99),
  };
}

export function median(values: readonly number[]): number {
  return summarize(values).median;
}

/** How many times the baseline `ours` is; NaN when the baseline is zero. */
export function ratio(ours: number, baseline: number): number {
  return baseline === 0 ? Number.NaN : ours / baseline;
}

/** Ratios of each value to the one before it: growth per step of a series. */
export function growth(values: readonly number[]): number[] {
  return values.slice(1).map((value, index) => ratio(value, values[index] as number));
}
