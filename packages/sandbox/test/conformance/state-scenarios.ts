import {
  DescribeInstancesCommand,
  type EC2Client,
  StartInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';
import { expect, test } from 'vitest';
import { rejection } from '../support/sandbox.js';
import { FLEET } from './fleet.js';
import { type CurrentHarness, instancesOf } from './harness.js';

const UNKNOWN_ID = 'i-0123456789abcdef0';

async function statesOf(ec2: EC2Client, ids: string[]) {
  const output = await ec2.send(new DescribeInstancesCommand({ InstanceIds: ids }));

  return Object.fromEntries(
    instancesOf(output).map((instance) => [instance.InstanceId, instance.State?.Name]),
  );
}

// EC2 answers a stop with `stopping` and a start with `pending`. Moto says so but lists
// the instance settled at once; the sandbox, run with no delays, answers settled too.
const STOPPING = expect.toBeOneOf([
  { Code: 64, Name: 'stopping' },
  { Code: 80, Name: 'stopped' },
]);
const PENDING = expect.toBeOneOf([
  { Code: 0, Name: 'pending' },
  { Code: 16, Name: 'running' },
]);

export function stateScenarios(current: CurrentHarness): void {
  test('StopInstances reports each instance going from running', async () => {
    const { target, ec2 } = current();
    const { web, api } = await target.seed(FLEET);

    const output = await ec2.send(new StopInstancesCommand({ InstanceIds: [web, api] }));

    expect(output.StoppingInstances).toHaveLength(2);
    expect(output.StoppingInstances).toEqual(
      expect.arrayContaining(
        [web, api].map((id) => ({
          InstanceId: id,
          PreviousState: { Code: 16, Name: 'running' },
          CurrentState: STOPPING,
        })),
      ),
    );
    expect(await statesOf(ec2, [web, api])).toEqual({
      [web]: 'stopped',
      [api]: 'stopped',
    });
  });

  test('StartInstances reports the stopped instance going to running', async () => {
    const { target, ec2 } = current();
    const { batch } = await target.seed(FLEET);

    const output = await ec2.send(new StartInstancesCommand({ InstanceIds: [batch] }));

    expect(output.StartingInstances).toEqual([
      {
        InstanceId: batch,
        PreviousState: { Code: 80, Name: 'stopped' },
        CurrentState: PENDING,
      },
    ]);
    expect(await statesOf(ec2, [batch])).toEqual({ [batch]: 'running' });
  });

  // EC2 and the sandbox answer stopped to stopped; moto answers stopped to stopping.
  test('stopping a stopped instance succeeds and leaves it stopped', async () => {
    const { target, ec2 } = current();
    const { batch } = await target.seed(FLEET);

    const output = await ec2.send(new StopInstancesCommand({ InstanceIds: [batch] }));

    expect(output.StoppingInstances).toEqual([
      {
        InstanceId: batch,
        PreviousState: { Code: 80, Name: 'stopped' },
        CurrentState: STOPPING,
      },
    ]);
    expect(await statesOf(ec2, [batch])).toEqual({ [batch]: 'stopped' });
  });

  test('an unknown instance id is InvalidInstanceID.NotFound', async () => {
    const { target, ec2 } = current();
    const { web } = await target.seed(FLEET);
    const notFound = {
      name: 'InvalidInstanceID.NotFound',
      message: `The instance ID '${UNKNOWN_ID}' does not exist`,
      $metadata: { httpStatusCode: 400 },
    };

    const described = ec2.send(
      new DescribeInstancesCommand({ InstanceIds: [UNKNOWN_ID] }),
    );
    expect(await rejection(described)).toMatchObject(notFound);

    const stopped = ec2.send(
      new StopInstancesCommand({ InstanceIds: [web, UNKNOWN_ID] }),
    );
    expect(await rejection(stopped)).toMatchObject(notFound);
    expect(await statesOf(ec2, [web])).toEqual({ [web]: 'running' });
  });
}
