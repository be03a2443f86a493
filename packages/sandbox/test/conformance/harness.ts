import type {
  DescribeInstancesCommandOutput,
  EC2Client,
  Instance,
} from '@aws-sdk/client-ec2';
import type { ConformanceTarget } from './target.js';

/** What a scenario works with: the target and a client signed for it. */
export interface Harness {
  readonly target: ConformanceTarget;
  readonly ec2: EC2Client;
}

/** Reads the harness of the running suite, which exists only once `beforeAll` ran. */
export type CurrentHarness = () => Harness;

export function instancesOf(output: DescribeInstancesCommandOutput): Instance[] {
  return (output.Reservations ?? []).flatMap(
    (reservation) => reservation.Instances ?? [],
  );
}
