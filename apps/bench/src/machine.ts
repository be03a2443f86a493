import { cpus, loadavg, totalmem } from 'node:os';

/** What the numbers were measured on: shared machines make them noisy. */
export function machineInfo() {
  const cores = cpus();
  return {
    node: process.version,
    cpu: cores[0]?.model ?? 'unknown',
    cores: cores.length,
    memoryBytes: totalmem(),
    loadAverage: loadavg(),
  };
}

export function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}
