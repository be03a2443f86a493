import { startSandbox } from '../../src/index.js';
import { conformanceScenarios } from './scenarios.js';
import { apiTarget } from './target.js';

conformanceScenarios(async () => {
  const sandbox = await startSandbox({
    fleet: { instances: [] },
    delays: { pendingMs: 0, stoppingMs: 0, shuttingDownMs: 0 },
  });

  return apiTarget({
    endpoint: sandbox.endpoint,
    credentials: sandbox.credentials,
    reset: () => sandbox.admin.reset(),
    close: () => sandbox.close(),
  });
});
