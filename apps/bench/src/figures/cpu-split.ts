import { cpuMsOf } from '../processes/proc-status.js';

/** CPU milliseconds per call spent in each process of a path. */
export interface CpuSplit {
  bench: number;
  server: number;
  sandbox: number;
}

interface Pids {
  server: number;
  sandbox: number;
}

async function cpuNow(pids: Pids): Promise<CpuSplit> {
  const own = process.cpuUsage();
  return {
    bench: (own.user + own.system) / 1000,
    server: await cpuMsOf(pids.server),
    sandbox: await cpuMsOf(pids.sandbox),
  };
}

/**
 * Where a path's time goes: `calls` calls in a row, and the CPU each process used for
 * them, per call. Wall time hides this on shared cores, where a process may wait.
 */
export async function cpuPerCall(
  pids: Pids,
  calls: number,
  call: () => Promise<unknown>,
): Promise<CpuSplit> {
  const before = await cpuNow(pids);
  for (let index = 0; index < calls; index += 1) await call();
  const after = await cpuNow(pids);

  return {
    bench: (after.bench - before.bench) / calls,
    server: (after.server - before.server) / calls,
    sandbox: (after.sandbox - before.sandbox) / calls,
  };
}
