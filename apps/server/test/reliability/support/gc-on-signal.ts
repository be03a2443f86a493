import { setTimeout as sleep } from 'node:timers/promises';

// Preloaded only into the load test's server, which runs with --expose-gc: resident
// memory read after full collections compares live data, not garbage not yet swept.
let collections = 0;

process.on('SIGUSR2', async function collectGarbage() {
  globalThis.gc?.();
  // Buffers are released by callbacks that the first collection queues; the second,
  // a moment later, returns what they freed.
  await sleep(2000);
  globalThis.gc?.();
  collections += 1;
  process.stdout.write(`gc: done ${collections}\n`);
});
