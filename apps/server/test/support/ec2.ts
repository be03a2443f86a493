import {
  DescribeInstancesCommand,
  EC2Client,
  RunInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';
import { onTestFinished } from 'vitest';

/** moto accepts any keys unless told to check them. */
export const motoCredentials = {
  accessKeyId: 'AKIAMOTOTESTKEY00001',
  secretAccessKey: 'moto-test-secret',
};

// moto launches from any image id unless MOTO_ENABLE_AMI_VALIDATION is set; this one
// is among its default AMIs, in case a suite loads and checks them.
export const motoImageId = 'ami-1e749f67';

export interface LaunchOptions {
  keyName?: string;
  name?: string;
  /** Stop protection: StopInstances then fails with OperationNotPermitted. */
  disableApiStop?: boolean;
}

/** An SDK client straight to moto, for seeding and checking what the server did. */
export function motoEc2(endpoint: string, region = 'us-east-1'): EC2Client {
  const client = new EC2Client({ endpoint, region, credentials: motoCredentials });
  onTestFinished(() => client.destroy());
  return client;
}

/** One RunInstances call, hence one reservation; returns the instance id. */
export async function launchInstance(
  client: EC2Client,
  options: LaunchOptions = {},
): Promise<string> {
  const tags = options.name ? [{ Key: 'Name', Value: options.name }] : [];
  const { Instances } = await client.send(
    new RunInstancesCommand({
      ImageId: motoImageId,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      ...(options.keyName ? { KeyName: options.keyName } : {}),
      ...(options.disableApiStop ? { DisableApiStop: true } : {}),
      ...(tags.length > 0
        ? { TagSpecifications: [{ ResourceType: 'instance', Tags: tags }] }
        : {}),
    }),
  );

  const id = Instances?.[0]?.InstanceId;
  if (!id) throw new Error('moto launched no instance');
  return id;
}

/** `count` separate reservations, launched `concurrency` at a time. */
export async function launchReservations(
  client: EC2Client,
  count: number,
  concurrency = 8,
): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;

  async function worker() {
    while (next < count) {
      next += 1;
      ids.push(await launchInstance(client));
    }
  }

  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return ids;
}

export async function stopInstances(client: EC2Client, ids: string[]): Promise<void> {
  await client.send(new StopInstancesCommand({ InstanceIds: ids }));
}

export async function stateOf(
  client: EC2Client,
  id: string,
): Promise<string | undefined> {
  const { Reservations } = await client.send(
    new DescribeInstancesCommand({ InstanceIds: [id] }),
  );
  return Reservations?.[0]?.Instances?.[0]?.State?.Name;
}
