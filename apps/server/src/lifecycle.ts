import type { FastifyBaseLogger } from 'fastify';

import { ConfigError } from './config.js';

/** Reads configuration, or exits with its message: a bad setting is no crash to trace. */
export function configOrExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/** On SIGTERM or SIGINT: stop accepting, let requests in flight finish, then exit. */
export function closeOnSignals(log: FastifyBaseLogger, close: () => Promise<void>) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async function shutDown() {
      log.info({ signal }, 'closing: finishing requests in flight');
      await close();
      process.exit(0);
    });
  }
}

/** Starts listening, or exits naming the setting to change when the port is taken. */
export async function listenOrExit<T>(
  listen: () => Promise<T>,
  port: number,
  setting: string,
) {
  try {
    return await listen();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    process.stderr.write(`Port ${port} is taken: set ${setting} to a free port.\n`);
    process.exit(1);
  }
}
