import { readFile } from 'node:fs/promises';

export interface ProcessMemory {
  /** Resident set size now, in bytes. */
  rss: number;
  /** The highest resident set size the process has had, in bytes (VmHWM). */
  peakRss: number;
}

function kilobytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
  if (!match) throw new Error(`/proc status has no ${field}`);
  return Number(match[1]) * 1024;
}

/** The memory of another process, as Linux counts it in /proc/<pid>/status. */
export async function memoryOf(pid: number): Promise<ProcessMemory> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return { rss: kilobytes(status, 'VmRSS'), peakRss: kilobytes(status, 'VmHWM') };
}
