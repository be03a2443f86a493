import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface MotoServer {
  endpoint: string;
  /** Drops every resource moto holds, in every region, and stops checking credentials. */
  reset(): Promise<void>;
  /**
   * From now on moto checks signatures against its IAM users' keys and their policies,
   * as AWS does; until then it accepts any credentials.
   */
  enforceAuth(): Promise<void>;
  stop(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const launcher = fileURLToPath(new URL('../python/moto-server.py', import.meta.url));

export const motoPython = `${repoRoot}.venv/bin/python`;

export function isMotoInstalled(): boolean {
  return existsSync(motoPython);
}

async function readPort(child: ChildProcess): Promise<number> {
  if (!child.stdout) throw new Error('moto server has no stdout');

  const lines = createInterface({ input: child.stdout });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`moto server exited with code ${code} before it listened`);
  });
  const firstLine = once(lines, 'line').then(([line]) => Number(line));

  const port = await Promise.race([firstLine, exited]);
  lines.close();
  return port;
}

export interface MotoOptions {
  /** Added to the environment moto starts with, for settings such as MOTO_*. */
  env?: Record<string, string>;
}

/** Starts moto's server mode from the project's virtualenv on a free port. */
export async function startMoto(options: MotoOptions = {}): Promise<MotoServer> {
  if (!isMotoInstalled()) {
    throw new Error('moto is not installed: run `bash scripts/setup-python.sh` first');
  }

  const child = spawn(motoPython, [launcher], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...options.env },
  });
  const port = await readPort(child);
  const endpoint = `http://127.0.0.1:${port}`;

  async function post(path: string, body = '') {
    const response = await fetch(`${endpoint}${path}`, { method: 'POST', body });
    if (!response.ok) throw new Error(`moto ${path} failed with ${response.status}`);
  }

  // moto counts the calls it lets through unchecked; reset-auth sets how many remain.
  async function reset() {
    await post('/moto-api/reset');
    await post('/moto-api/reset-auth', 'inf');
  }

  async function enforceAuth() {
    await post('/moto-api/reset-auth', '0');
  }

  async function stop() {
    if (child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.stdin?.end();
    await exited;
  }

  return { endpoint, reset, enforceAuth, stop };
}
