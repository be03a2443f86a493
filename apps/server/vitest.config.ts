import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources in tests, as in typecheck.
export default defineConfig({
  resolve: { conditions: ['@ec2-control/source'] },
  ssr: { resolve: { conditions: ['@ec2-control/source'] } },
  test: {
    // The suites spend much of their time waiting on moto, a process of its own, so a
    // worker per core keeps the cores busy where vitest's default leaves one idle.
    maxWorkers: '100%',
    // Every file loads the AWS SDK and the whole server; unisolated, a worker loads them
    // once. Files share no state: each starts its own moto and servers.
    isolate: false,
    // Starting moto and seeding it over HTTP outlast the defaults on a loaded machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
