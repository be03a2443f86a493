import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources in tests, as in typecheck.
export default defineConfig({
  resolve: { conditions: ['@ec2-control/source'] },
  ssr: { resolve: { conditions: ['@ec2-control/source'] } },
});
