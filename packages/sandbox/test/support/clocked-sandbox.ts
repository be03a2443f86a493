import type { EC2Client } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach } from 'vitest';

import {
  type RunningSandbox,
  type StartSandboxOptions,
  startSandbox,
} from '../../src/index.js';
import { ec2Client, type ManualClock, manualClock } from './sandbox.js';

export interface ClockedSandbox {
  /** The sandbox's only clock: time moves when the test advances it. */
  readonly clock: ManualClock;
  readonly sandbox: RunningSandbox;
  /** A us-east-1 client with the sandbox's own keys. */
  readonly ec2: EC2Client;
}

/**
 * A sandbox for this test file alone, in which every transition lasts `delayMs` of its
 * manual clock. Clock and sandbox are reset before each test.
 */
export function useClockedSandbox(
  delayMs: number,
  options: StartSandboxOptions = {},
): ClockedSandbox {
  const clock = manualClock();
  let started: { sandbox: RunningSandbox; ec2: EC2Client } | undefined;

  function current() {
    if (!started) throw new Error('the sandbox is not started yet: use it in a test');
    return started;
  }

  beforeAll(async () => {
    const sandbox = await startSandbox({
      ...options,
      clock: clock.now,
      delays: { pendingMs: delayMs, stoppingMs: delayMs, shuttingDownMs: delayMs },
    });
    started = { sandbox, ec2: ec2Client(sandbox) };
  });

  beforeEach(() => {
    clock.reset();
    current().sandbox.admin.reset();
  });

  afterAll(() => started?.sandbox.close());

  return {
    clock,
    get sandbox() {
      return current().sandbox;
    },
    get ec2() {
      return current().ec2;
    },
  };
}
