import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import type { MainProcess } from '../../support/main-process.js';

/** Node flags that let `collectGarbage` run a full collection in a spawned server. */
export const gcNodeArgs = [
  '--expose-gc',
  '--import',
  fileURLToPath(new URL('./gc-on-signal.ts', import.meta.url)),
];

/** Resident memory of a process, in KiB, as the kernel counts it. */
export async function residentKib(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = status.match(/^VmRSS:\s+(\d+) kB$/m)?.[1];

  if (kib === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib);
}

/** Runs a full collection in a server spawned with `gcNodeArgs`, then reads its RSS. */
export async function residentAfterGc(main: MainProcess): Promise<number> {
  const done = main.lines.filter((line) => line.startsWith('gc: done ')).length;
  main.child.kill('SIGUSR2');
  await main.line((line) => line === `gc: done ${done + 1}`);

  return residentKib(main.child.pid ?? 0);
}
