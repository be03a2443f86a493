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

/** The original Flask service's parameters for one key pair and region. */
export function originalParams(
  credentials: { accessKeyId: string; secretAccessKey: string },
  region = 'us-east-1',
) {
  return {
    aws_access_key_id: credentials.accessKeyId,
    aws_secret_access_key: credentials.secretAccessKey,
    region_name: region,
  };
}
