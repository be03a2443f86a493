import {
  type _InstanceType,
  CreateTagsCommand,
  type EC2Client,
  RunInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';

/** One instance to launch, in a reservation of its own. */
export interface InstanceSeed {
  readonly instanceType: _InstanceType;
  readonly availabilityZone: string;
  readonly keyName?: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly state?: 'running' | 'stopped';
}

// Moto launches from any AMI id and the sandbox checks only the id's form.
const IMAGE_ID = 'ami-0a3c3a20c09d6f377';

async function launch(ec2: EC2Client, seed: InstanceSeed): Promise<string> {
  const { Instances } = await ec2.send(
    new RunInstancesCommand({
      ImageId: IMAGE_ID,
      MinCount: 1,
      MaxCount: 1,
      InstanceType: seed.instanceType,
      Placement: { AvailabilityZone: seed.availabilityZone },
      KeyName: seed.keyName,
    }),
  );
  const id = Instances?.[0]?.InstanceId;
  if (id === undefined) {
    throw new Error('RunInstances answered without an instance');
  }

  const tags = Object.entries(seed.tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
  if (tags.length > 0) {
    await ec2.send(new CreateTagsCommand({ Resources: [id], Tags: tags }));
  }

  return id;
}

/**
 * Launches, tags and stops instances through the EC2 API only, so that any EC2 can be
 * seeded. Stopping needs a running instance, so the target must settle launches at once.
 */
export async function seedInstances<Label extends string>(
  ec2: EC2Client,
  instances: Readonly<Record<Label, InstanceSeed>>,
): Promise<Record<Label, string>> {
  const entries = Object.entries(instances) as [Label, InstanceSeed][];
  const ids = {} as Record<Label, string>;
  for (const [label, seed] of entries) {
    ids[label] = await launch(ec2, seed);
  }

  const stopped = entries
    .filter(([, seed]) => seed.state === 'stopped')
    .map(([label]) => ids[label]);
  if (stopped.length > 0) {
    await ec2.send(new StopInstancesCommand({ InstanceIds: stopped }));
  }

  return ids;
}
