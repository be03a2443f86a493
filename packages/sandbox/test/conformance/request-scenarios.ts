import {
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  type EC2Client,
  StartInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';
import { expect, test } from 'vitest';
import { rejection } from '../support/sandbox.js';
import { FLEET, type FleetLabel } from './fleet.js';
import { type CurrentHarness, instancesOf } from './harness.js';

type FleetCall = (ec2: EC2Client, ids: Record<FleetLabel, string>) => Promise<unknown>;

const DRY_RUNS: [action: string, call: FleetCall][] = [
  [
    'DescribeInstances',
    (ec2) => ec2.send(new DescribeInstancesCommand({ DryRun: true })),
  ],
  [
    'StartInstances',
    (ec2, ids) =>
      ec2.send(new StartInstancesCommand({ InstanceIds: [ids.batch], DryRun: true })),
  ],
  [
    'StopInstances',
    (ec2, ids) =>
      ec2.send(new StopInstancesCommand({ InstanceIds: [ids.web], DryRun: true })),
  ],
];

export function requestScenarios(current: CurrentHarness): void {
  test.each(DRY_RUNS)('DryRun on %s answers DryRunOperation', async (_, call) => {
    const { target, ec2 } = current();
    const ids = await target.seed(FLEET);

    expect(await rejection(call(ec2, ids))).toMatchObject({
      name: 'DryRunOperation',
      message: 'Request would have succeeded, but DryRun flag is set.',
      $metadata: { httpStatusCode: 412 },
    });

    const output = await ec2.send(
      new DescribeInstancesCommand({ InstanceIds: [ids.web, ids.batch] }),
    );
    const states = instancesOf(output).map((instance) => [
      instance.InstanceId,
      instance.State?.Name,
    ]);
    expect(Object.fromEntries(states)).toEqual({
      [ids.web]: 'running',
      [ids.batch]: 'stopped',
    });
  });

  test('DescribeRegions lists us-east-1 with its endpoint', async () => {
    const { Regions } = await current().ec2.send(new DescribeRegionsCommand({}));

    expect(Regions).toContainEqual({
      RegionName: 'us-east-1',
      Endpoint: 'ec2.us-east-1.amazonaws.com',
      OptInStatus: 'opt-in-not-required',
    });
  });
}
