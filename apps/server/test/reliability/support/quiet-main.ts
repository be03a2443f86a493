import { setTimeout as sleep } from 'node:timers/promises';

import { closedPortEndpoint } from '../../support/dead-endpoints.js';
import { type MainProcess, spawnMain } from '../../support/main-process.js';

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`)).ok;
  } catch {
    return false;
  }
}

/**
 * src/main.ts in a child process logging at warn, so it never announces its port: it
 * gets a port that was free a moment ago, and is ready once its health check answers.
 */
export async function spawnQuietMain(
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<{ main: MainProcess; url: string }> {
  const url = await closedPortEndpoint();
  const main = spawnMain(
    { ...env, LOG_LEVEL: 'warn', PORT: new URL(url).port },
    nodeArgs,
  );

  while (!(await healthy(url))) {
    if (main.child.exitCode !== null) {
      throw new Error(`the server exited first:\n${(await main.exited).stderr}`);
    }
    await sleep(50);
  }
  return { main, url };
}
