import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources in tests, as in typecheck.
export default defineConfig({
  resolve: { conditions: ['@ec2-control/source'] },
  ssr: { resolve: { conditions: ['@ec2-control/source'] } },
  test: {
    // moto's first EC2 call loads its whole EC2 backend: seconds on a busy machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
