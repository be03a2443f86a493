import type { EC2Client } from '@aws-sdk/client-ec2';

import { fromAwsError } from '../errors/from-aws.js';

/** One EC2 region reached with one caller's credentials. */
export interface Ec2Target {
  client: EC2Client;
  region: string;
  /** The caller's secrets, kept out of every error message. */
  secrets: readonly (string | undefined)[];
}

export async function callEc2<T>(
  target: Ec2Target,
  instanceIds: readonly string[] | undefined,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const scope = { region: target.region, secrets: target.secrets };
    throw fromAwsError(error, instanceIds ? { ...scope, instanceIds } : scope);
  }
}
