import { EC2Client } from '@aws-sdk/client-ec2';
import { type InstanceSeed, seedInstances } from './seed.js';

export interface TargetCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** An EC2 endpoint the shared scenarios run against. */
export interface ConformanceTarget {
  readonly endpoint: string;
  readonly credentials: TargetCredentials;
  /** Launches the instances through the EC2 API; resolves to their ids by label. */
  seed<Label extends string>(
    instances: Readonly<Record<Label, InstanceSeed>>,
  ): Promise<Record<Label, string>>;
  /** Back to an empty fleet. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface TargetOptions {
  readonly endpoint: string;
  readonly credentials: TargetCredentials;
  readonly reset: () => Promise<void> | void;
  readonly close: () => Promise<void>;
}

/** One attempt per call, so that an error reaches the test instead of a retry. */
export function targetClient(target: {
  readonly endpoint: string;
  readonly credentials: TargetCredentials;
}): EC2Client {
  return new EC2Client({
    endpoint: target.endpoint,
    region: 'us-east-1',
    credentials: target.credentials,
    maxAttempts: 1,
  });
}

export function apiTarget(options: TargetOptions): ConformanceTarget {
  const ec2 = targetClient(options);

  return {
    endpoint: options.endpoint,
    credentials: options.credentials,
    seed: (instances) => seedInstances(ec2, instances),
    async reset() {
      await options.reset();
    },
    async close() {
      ec2.destroy();
      await options.close();
    },
  };
}
