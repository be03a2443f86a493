import {
  CreateTagsCommand,
  DescribeInstancesCommand,
  type Instance,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { expect, test, vi } from 'vitest';
import { demoInstanceIds as ids, startSandbox } from '../src/index.js';
import { useClockedSandbox } from './support/clocked-sandbox.js';
import { ec2Client, rejection } from './support/sandbox.js';

const DELAY_MS = 1000;

const clocked = useClockedSandbox(DELAY_MS);
const { clock } = clocked;

async function instance(id: string): Promise<Instance | undefined> {
  const output = await clocked.ec2.send(
    new DescribeInstancesCommand({ InstanceIds: [id] }),
  );

  return output.Reservations?.[0]?.Instances?.[0];
}

async function stateOf(id: string): Promise<string | undefined> {
  return (await instance(id))?.State?.Name;
}

test('a started instance is pending, then running after the delay', async () => {
  const output = await clocked.ec2.send(
    new StartInstancesCommand({ InstanceIds: [ids.worker1] }),
  );

  expect(output.StartingInstances).toEqual([
    {
      InstanceId: ids.worker1,
      CurrentState: { Code: 0, Name: 'pending' },
      PreviousState: { Code: 80, Name: 'stopped' },
    },
  ]);
  expect(await stateOf(ids.worker1)).toBe('pending');

  clock.advance(DELAY_MS - 1);
  expect(await stateOf(ids.worker1)).toBe('pending');

  clock.advance(1);
  const running = await instance(ids.worker1);
  expect(running?.State?.Name).toBe('running');
  expect(running?.PublicIpAddress).toBeDefined();
  expect(running?.LaunchTime).toEqual(new Date(clock.now() - DELAY_MS));
});

test('a pending instance has a pending reason and no public address', async () => {
  await clocked.ec2.send(new StartInstancesCommand({ InstanceIds: [ids.worker1] }));
  const pending = await instance(ids.worker1);

  expect(pending?.StateReason).toEqual({ Code: 'pending', Message: 'pending' });
  expect(pending?.PublicIpAddress).toBeUndefined();
});

test('a stop goes through stopping and records who stopped and when', async () => {
  const output = await clocked.ec2.send(
    new StopInstancesCommand({ InstanceIds: [ids.web1] }),
  );

  expect(output.StoppingInstances?.[0]).toEqual({
    InstanceId: ids.web1,
    CurrentState: { Code: 64, Name: 'stopping' },
    PreviousState: { Code: 16, Name: 'running' },
  });

  clock.advance(DELAY_MS);
  const stopped = await instance(ids.web1);
  expect(stopped?.State?.Name).toBe('stopped');
  expect(stopped?.StateReason?.Code).toBe('Client.UserInitiatedShutdown');
  expect(stopped?.StateTransitionReason).toBe('User initiated (2025-01-02 03:04:05 GMT)');
});

test('starting a running instance reports running to running', async () => {
  const output = await clocked.ec2.send(
    new StartInstancesCommand({ InstanceIds: [ids.web1] }),
  );

  expect(output.StartingInstances?.[0]).toMatchObject({
    CurrentState: { Name: 'running' },
    PreviousState: { Name: 'running' },
  });
});

test('stopping a stopped instance reports stopped to stopped', async () => {
  const output = await clocked.ec2.send(
    new StopInstancesCommand({ InstanceIds: [ids.worker1] }),
  );

  expect(output.StoppingInstances?.[0]).toMatchObject({
    CurrentState: { Name: 'stopped' },
    PreviousState: { Name: 'stopped' },
  });
});

test('starting an instance still stopping is an IncorrectInstanceState', async () => {
  await clocked.ec2.send(new StopInstancesCommand({ InstanceIds: [ids.web1] }));
  const error = await rejection(
    clocked.ec2.send(new StartInstancesCommand({ InstanceIds: [ids.web1] })),
  );

  expect(error).toMatchObject({
    name: 'IncorrectInstanceState',
    message: `The instance '${ids.web1}' is not in a state from which it can be started.`,
    $metadata: { httpStatusCode: 400 },
  });
  expect(await stateOf(ids.web1)).toBe('stopping');
});

test('a terminated instance can be neither started nor stopped', async () => {
  await expect(
    clocked.ec2.send(new StartInstancesCommand({ InstanceIds: [ids.legacy1] })),
  ).rejects.toMatchObject({ name: 'IncorrectInstanceState' });
  await expect(
    clocked.ec2.send(new StopInstancesCommand({ InstanceIds: [ids.legacy1] })),
  ).rejects.toMatchObject({
    name: 'IncorrectInstanceState',
    message:
      `This instance '${ids.legacy1}' ` +
      'is not in a state from which it can be stopped.',
  });
});

test('stopping a pending instance is refused as it never reached running', async () => {
  await clocked.ec2.send(new StartInstancesCommand({ InstanceIds: [ids.worker1] }));

  await expect(
    clocked.ec2.send(new StopInstancesCommand({ InstanceIds: [ids.worker1] })),
  ).rejects.toMatchObject({
    name: 'IncorrectInstanceState',
    message:
      `Instance '${ids.worker1}' cannot be stopped ` +
      "as it has never reached the 'running' state.",
  });
});

test('one instance in a wrong state fails the call and spares the others', async () => {
  await expect(
    clocked.ec2.send(new StopInstancesCommand({ InstanceIds: [ids.web1, ids.legacy1] })),
  ).rejects.toMatchObject({ name: 'IncorrectInstanceState' });

  expect(await stateOf(ids.web1)).toBe('running');
});

test('hibernating an instance not configured for it is unsupported', async () => {
  const error = await rejection(
    clocked.ec2.send(
      new StopInstancesCommand({ InstanceIds: [ids.web1], Hibernate: true }),
    ),
  );

  expect(error).toMatchObject({
    name: 'UnsupportedHibernationConfiguration',
    message: expect.stringContaining(ids.web1),
    $metadata: { httpStatusCode: 400 },
  });
  expect(await stateOf(ids.web1)).toBe('running');
});

test('hibernating a configured instance stops it with a hibernate reason', async () => {
  await clocked.ec2.send(
    new StopInstancesCommand({ InstanceIds: [ids.analytics1], Hibernate: true }),
  );
  clock.advance(DELAY_MS);
  const hibernated = await instance(ids.analytics1);

  expect(hibernated?.State?.Name).toBe('stopped');
  expect(hibernated?.StateReason?.Code).toBe('Client.UserInitiatedHibernate');
});

test('a forced stop is accepted', async () => {
  const output = await clocked.ec2.send(
    new StopInstancesCommand({ InstanceIds: [ids.api1], Force: true }),
  );

  expect(output.StoppingInstances?.[0]?.CurrentState?.Name).toBe('stopping');
});

test('a terminated instance shuts down, then stays terminated', async () => {
  const first = await clocked.ec2.send(
    new TerminateInstancesCommand({ InstanceIds: [ids.bastion] }),
  );
  expect(first.TerminatingInstances?.[0]).toMatchObject({
    CurrentState: { Code: 32, Name: 'shutting-down' },
    PreviousState: { Code: 16, Name: 'running' },
  });

  clock.advance(DELAY_MS);
  const again = await clocked.ec2.send(
    new TerminateInstancesCommand({ InstanceIds: [ids.bastion] }),
  );
  expect(again.TerminatingInstances?.[0]).toMatchObject({
    CurrentState: { Code: 48, Name: 'terminated' },
    PreviousState: { Code: 48, Name: 'terminated' },
  });
  expect((await instance(ids.bastion))?.PrivateIpAddress).toBeUndefined();
});

test('RunInstances launches tagged instances that become running', async () => {
  const output = await clocked.ec2.send(
    new RunInstancesCommand({
      ImageId: 'ami-0a3c3a20c09d6f377',
      MinCount: 2,
      MaxCount: 2,
      InstanceType: 't3.large',
      KeyName: 'test-key',
      TagSpecifications: [
        { ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'fresh' }] },
      ],
    }),
  );
  const launched = output.Instances?.map((i) => i.InstanceId ?? '') ?? [];

  expect(launched).toHaveLength(2);
  expect(launched[0]).toMatch(/^i-[0-9a-f]{17}$/);
  expect(output.Instances?.[0]?.State?.Name).toBe('pending');

  clock.advance(DELAY_MS);
  const found = await clocked.ec2.send(
    new DescribeInstancesCommand({ Filters: [{ Name: 'tag:Name', Values: ['fresh'] }] }),
  );
  const instances = found.Reservations?.flatMap((r) => r.Instances ?? []) ?? [];
  expect(instances.map((i) => [i.InstanceId, i.State?.Name, i.InstanceType])).toEqual(
    launched.map((id) => [id, 'running', 't3.large']),
  );
});

test('CreateTags adds new tags and overwrites existing ones', async () => {
  await clocked.ec2.send(
    new CreateTagsCommand({
      Resources: [ids.web1],
      Tags: [
        { Key: 'env', Value: 'canary' },
        { Key: 'owner', Value: 'alice' },
      ],
    }),
  );

  expect((await instance(ids.web1))?.Tags).toEqual([
    { Key: 'Name', Value: 'web-1' },
    { Key: 'env', Value: 'canary' },
    { Key: 'team', Value: 'web' },
    { Key: 'owner', Value: 'alice' },
  ]);
});

test('with real time and short delays an instance starts on its own', async () => {
  const live = await startSandbox({
    delays: { pendingMs: 50, stoppingMs: 50, shuttingDownMs: 50 },
  });
  const client = ec2Client(live);

  try {
    await client.send(new StartInstancesCommand({ InstanceIds: [ids.worker1] }));
    await vi.waitFor(async () => {
      const output = await client.send(
        new DescribeInstancesCommand({ InstanceIds: [ids.worker1] }),
      );
      expect(output.Reservations?.[0]?.Instances?.[0]?.State?.Name).toBe('running');
    });
  } finally {
    await live.close();
  }
});
