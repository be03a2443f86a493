import { Writable } from 'node:stream';
import { onTestFinished } from 'vitest';

import { type BuildOptions, buildApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';

export interface TestServer {
  url: string;
  /** Every line the server logged, in order, as written. */
  logs: string[];
  close(): Promise<void>;
}

// Pino writes whole lines, but a stream may be handed them in any slicing.
function lineCollector(lines: string[]): Writable {
  let pending = '';

  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      const parts = (pending + chunk.toString('utf8')).split('\n');
      pending = parts.pop() ?? '';
      lines.push(...parts.filter((line) => line !== ''));
      done();
    },
  });
}

/**
 * Builds the app from environment variables as main.ts would, on a free loopback port.
 * Called inside a test, the server closes when the test finishes. `options` stand in
 * for what main.ts leaves to defaults, such as the server's own AWS credentials.
 */
export async function startServer(
  env: Record<string, string> = {},
  options: Omit<BuildOptions, 'logStream'> = {},
): Promise<TestServer> {
  const config = parseConfig({ LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0', ...env });
  const logs: string[] = [];
  const app = await buildApp(config, { ...options, logStream: lineCollector(logs) });

  const address = await app.listen({ host: config.host, port: config.port });
  const close = () => app.close();
  onTestFinished(close);

  return { url: address, logs, close };
}
