import { expect, test } from 'vitest';
import { loadConfig } from './config.js';

test('an empty environment gives the defaults and the demo fleet', () => {
  expect(loadConfig({})).toEqual({
    port: 4599,
    host: '127.0.0.1',
    logLevel: 'info',
    delays: { pendingMs: 2000, stoppingMs: 3000, shuttingDownMs: 4000 },
    fleet: 'demo',
  });
});

test('the environment sets the port, delays and a generated fleet', () => {
  const config = loadConfig({
    PORT: '0',
    SANDBOX_PENDING_MS: '0',
    SANDBOX_STOPPING_MS: '150',
    SANDBOX_GENERATE: '5000',
  });

  expect(config.port).toBe(0);
  expect(config.delays).toEqual({ pendingMs: 0, stoppingMs: 150, shuttingDownMs: 4000 });
  expect(config.fleet).toEqual({ generate: 5000 });
});

test('a negative delay is refused', () => {
  expect(() => loadConfig({ SANDBOX_PENDING_MS: '-1' })).toThrow();
});
