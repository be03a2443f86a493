import {
  type RunningSandbox,
  type StartSandboxOptions,
  startSandbox,
} from '@ec2-control/sandbox';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/**
 * An EC2 sandbox for this test file alone, with its demo fleet and start-up faults
 * restored before each test.
 */
export function useSandbox(options: StartSandboxOptions = {}): {
  readonly current: RunningSandbox;
} {
  let sandbox: RunningSandbox | undefined;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, ...options });
  });
  afterAll(() => sandbox?.close());
  beforeEach(() => sandbox?.admin.reset());

  return {
    get current() {
      if (!sandbox) throw new Error('the sandbox is not started yet: use it in a test');
      return sandbox;
    },
  };
}

// Kept here too for the suites that import it with useSandbox.
export { originalParams } from './original-params.js';
