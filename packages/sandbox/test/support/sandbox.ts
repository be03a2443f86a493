import { EC2Client } from '@aws-sdk/client-ec2';
import type { RunningSandbox } from '../../src/index.js';

export interface ClientOptions {
  readonly region?: string;
  readonly credentials?: {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken?: string;
  };
}

export function ec2Client(
  sandbox: RunningSandbox,
  options: ClientOptions = {},
): EC2Client {
  return new EC2Client({
    endpoint: sandbox.endpoint,
    region: options.region ?? 'us-east-1',
    credentials: options.credentials ?? sandbox.credentials,
    maxAttempts: 1,
  });
}

/** Resolves to what the promise rejected with, and fails the test if it resolved. */
export async function rejection(
  promise: Promise<unknown>,
): Promise<Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown>;
  }

  throw new Error('expected the call to fail, but it succeeded');
}

export interface ManualClock {
  readonly now: () => number;
  advance(ms: number): void;
  /** Back to the start time. */
  reset(): void;
}

export function manualClock(start = Date.UTC(2025, 0, 2, 3, 4, 5)): ManualClock {
  let time = start;

  return {
    now: () => time,
    advance(ms) {
      time += ms;
    },
    reset() {
      time = start;
    },
  };
}
