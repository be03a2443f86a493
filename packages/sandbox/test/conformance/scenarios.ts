import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Harness } from './harness.js';
import { listingScenarios } from './listing-scenarios.js';
import { pagingScenarios } from './paging-scenarios.js';
import { requestScenarios } from './request-scenarios.js';
import { stateScenarios } from './state-scenarios.js';
import { type ConformanceTarget, targetClient } from './target.js';

// Moto is a Python server that takes a few seconds to come up.
const START_TIMEOUT_MS = 60_000;

/**
 * Registers the scenarios every EC2 must pass, against the target `start` returns. Each
 * test begins from an empty fleet and seeds what it needs through the EC2 API.
 */
export function conformanceScenarios(start: () => Promise<ConformanceTarget>): void {
  let harness: Harness | undefined;

  function current(): Harness {
    if (harness === undefined) {
      throw new Error('the conformance target has not started');
    }

    return harness;
  }

  beforeAll(async () => {
    const target = await start();
    harness = { target, ec2: targetClient(target) };
  }, START_TIMEOUT_MS);

  beforeEach(() => current().target.reset());

  afterAll(async () => {
    harness?.ec2.destroy();
    await harness?.target.close();
  });

  listingScenarios(current);
  pagingScenarios(current);
  stateScenarios(current);
  requestScenarios(current);
}
