import { execFileSync } from 'node:child_process';
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

let ticksPerSecond: number | undefined;

// /proc counts CPU time in clock ticks, whose length the C library knows.
function clockTicksPerSecond(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
  return ticksPerSecond;
}

/** CPU time another process has used so far, user and system, in milliseconds. */
export async function cpuMsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which may itself hold spaces: utime and stime are
  // the 14th and 15th fields of the line.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / clockTicksPerSecond();
}
