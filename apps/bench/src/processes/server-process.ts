import { forkChild } from './fork-child.js';
import { memoryOf, type ProcessMemory } from './proc-status.js';

export interface ServerSetup {
  /** Server environment variables, as main.ts would read them. */
  env: Record<string, string>;
}

export interface ServerReady {
  url: string;
}

export interface ClientCount {
  /** AWS clients built since the server started. */
  created: number;
  /** AWS clients the cache holds now. */
  size: number;
  /** JavaScript heap in use right after a full garbage collection: what is kept. */
  heapAfterGc: number;
}

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  clients(): Promise<ClientCount>;
  memory(): Promise<ProcessMemory>;
  stop(): Promise<void>;
}

const entry = new URL('./server-entry.js', import.meta.url);

/** Our server in a child process, on a free loopback port. */
export async function startServerProcess(
  env: Record<string, string>,
): Promise<ServerProcess> {
  const setup: ServerSetup = { env };
  // Lets the child collect garbage before it reports its heap; nothing else changes.
  const child = await forkChild<ServerReady>(entry, setup, ['--expose-gc']);

  return {
    url: child.ready.url,
    pid: child.pid,
    clients: () => child.ask<ClientCount>('clients'),
    memory: () => memoryOf(child.pid),
    stop: () => child.stop(),
  };
}
