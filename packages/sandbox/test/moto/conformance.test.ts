import { startMoto } from '@ec2-control/testing';
import { vi } from 'vitest';
import { conformanceScenarios } from '../conformance/scenarios.js';
import { apiTarget } from '../conformance/target.js';

// Moto answers each call in tens of milliseconds, and a scenario seeds with many calls.
vi.setConfig({ testTimeout: 30_000 });

conformanceScenarios(async () => {
  const moto = await startMoto();

  return apiTarget({
    endpoint: moto.endpoint,
    // Moto accepts any key pair until its auth checks are switched on.
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    reset: () => moto.reset(),
    close: () => moto.stop(),
  });
});
