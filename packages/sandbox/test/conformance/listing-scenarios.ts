import { DescribeInstancesCommand, type Instance } from '@aws-sdk/client-ec2';
import { expect, test } from 'vitest';
import { FLEET, type FleetLabel } from './fleet.js';
import { type CurrentHarness, instancesOf } from './harness.js';

function summary(instance: Instance) {
  return {
    state: instance.State?.Name,
    type: instance.InstanceType,
    zone: instance.Placement?.AvailabilityZone,
    keyName: instance.KeyName,
    // EC2 promises no order of tags.
    tags: Object.fromEntries((instance.Tags ?? []).map((tag) => [tag.Key, tag.Value])),
  };
}

const FILTER_CASES: [name: string, values: string[], expected: FleetLabel[]][] = [
  ['instance-state-name', ['stopped'], ['batch']],
  ['instance-state-name', ['running'], ['api', 'bare', 'web']],
  ['instance-type', ['t3.micro'], ['batch', 'web']],
  ['availability-zone', ['us-east-1b'], ['api', 'batch']],
  ['tag:team', ['web'], ['web']],
  ['tag:Name', ['web-*', 'api-?'], ['api', 'web']],
  ['tag-key', ['team'], ['api', 'batch', 'web']],
];

export function listingScenarios(current: CurrentHarness): void {
  test('lists every instance with its state, type, zone, tags and key name', async () => {
    const { target, ec2 } = current();
    const ids = await target.seed(FLEET);

    const output = await ec2.send(new DescribeInstancesCommand({}));
    const listed = Object.fromEntries(
      instancesOf(output).map((instance) => [instance.InstanceId, summary(instance)]),
    );

    expect(listed).toEqual({
      [ids.web]: {
        state: 'running',
        type: 't3.micro',
        zone: 'us-east-1a',
        keyName: 'ops',
        tags: { Name: 'web-1', team: 'web' },
      },
      [ids.api]: {
        state: 'running',
        type: 't3.small',
        zone: 'us-east-1b',
        keyName: undefined,
        tags: { Name: 'api-1', team: 'api' },
      },
      [ids.batch]: {
        state: 'stopped',
        type: 't3.micro',
        zone: 'us-east-1b',
        keyName: 'ops',
        tags: { Name: 'batch-1', team: '' },
      },
      [ids.bare]: {
        state: 'running',
        type: 'm5.large',
        zone: 'us-east-1c',
        keyName: undefined,
        tags: {},
      },
    });
  });

  test.each(FILTER_CASES)('filters by %s %j', async (name, values, expected) => {
    const { target, ec2 } = current();
    const ids = await target.seed(FLEET);

    const output = await ec2.send(
      new DescribeInstancesCommand({ Filters: [{ Name: name, Values: values }] }),
    );
    const listed = instancesOf(output).map((instance) => instance.InstanceId);

    expect(listed.sort()).toEqual(expected.map((label) => ids[label]).sort());
  });

  test('filters by instance-id', async () => {
    const { target, ec2 } = current();
    const ids = await target.seed(FLEET);

    const output = await ec2.send(
      new DescribeInstancesCommand({
        Filters: [{ Name: 'instance-id', Values: [ids.api, ids.bare] }],
      }),
    );
    const listed = instancesOf(output).map((instance) => instance.InstanceId);

    expect(listed.sort()).toEqual([ids.api, ids.bare].sort());
  });
}
