import {
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  EC2Client,
  EC2ServiceException,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, expect, test } from 'vitest';

import { describeError } from '../errors/describe.js';
import type { Ec2Target } from './ec2-target.js';
import { listFleet } from './list-fleet.js';

const credentials = { accessKeyId: 'AKIATEST', secretAccessKey: 'test-secret' };
const regionNames = ['us-east-1', 'eu-west-1', 'ap-south-1'];
const clients = new Map(
  regionNames.map((region) => [region, new EC2Client({ region, credentials })]),
);
const mocks = new Map(
  [...clients].map(([region, client]) => [region, mockClient(client)]),
);
const asked: string[] = [];

function targetFor(region: string): Ec2Target {
  asked.push(region);
  const client = clients.get(region);
  if (!client) throw new Error(`no client for ${region}`);
  const secrets = [credentials.accessKeyId, credentials.secretAccessKey];
  return { client, region, secrets };
}

function ec2In(region: string) {
  const mock = mocks.get(region);
  if (!mock) throw new Error(`no mock for ${region}`);
  return mock;
}

function instances(...ids: string[]) {
  return { Reservations: [{ Instances: ids.map((id) => ({ InstanceId: id })) }] };
}

function awsError(name: string, requestId: string) {
  return new EC2ServiceException({
    name,
    $fault: 'client',
    $metadata: { requestId, httpStatusCode: 401 },
    message: `${name} for AKIATEST`,
  });
}

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => expect.unreachable('the list should have failed'),
    (caught: unknown) => caught,
  );
  return describeError(error);
}

beforeEach(() => {
  for (const mock of mocks.values()) mock.reset();
  asked.length = 0;
});

test('one region lists every page and reports itself', async () => {
  ec2In('eu-west-1').on(DescribeInstancesCommand).resolves(instances('i-0000000a'));

  const result = await listFleet(
    { region: 'eu-west-1', states: ['running'] },
    { targetFor, pageSize: 50 },
  );

  expect(result).toMatchObject({
    instances: [{ id: 'i-0000000a', region: 'eu-west-1' }],
    nextCursor: null,
    regions: [{ region: 'eu-west-1', ok: true, count: 1 }],
  });
  expect(
    ec2In('eu-west-1').commandCalls(DescribeInstancesCommand)[0]?.args[0].input,
  ).toEqual({
    MaxResults: 50,
    Filters: [{ Name: 'instance-state-name', Values: ['running'] }],
  });
});

test('a limit asks for one page and wraps its NextToken in nextCursor', async () => {
  const ec2 = ec2In('us-east-1');
  ec2
    .on(DescribeInstancesCommand)
    .resolves({ ...instances('i-00000001'), NextToken: 'p2' });
  ec2.on(DescribeInstancesCommand, { NextToken: 'p2' }).resolves(instances('i-00000002'));

  const first = await listFleet({ region: 'us-east-1', limit: 5 }, { targetFor });
  const cursor = first.nextCursor ?? '';
  const second = await listFleet(
    { region: 'us-east-1', limit: 5, cursor },
    { targetFor },
  );

  expect(cursor).not.toBe('');
  expect(second.nextCursor).toBeNull();
  expect([...first.instances, ...second.instances].map((i) => i.id)).toEqual([
    'i-00000001',
    'i-00000002',
  ]);
  expect(
    ec2.commandCalls(DescribeInstancesCommand).map((call) => call.args[0].input),
  ).toEqual([{ MaxResults: 5 }, { MaxResults: 5, NextToken: 'p2' }]);
});

test('a cursor used with other filters fails before EC2 is asked', async () => {
  const ec2 = ec2In('us-east-1');
  ec2
    .on(DescribeInstancesCommand)
    .resolves({ ...instances('i-00000001'), NextToken: 'p2' });
  const first = await listFleet({ region: 'us-east-1', limit: 5 }, { targetFor });

  const view = await failureOf(
    listFleet(
      {
        region: 'us-east-1',
        limit: 5,
        states: ['stopped'],
        cursor: first.nextCursor ?? '',
      },
      { targetFor },
    ),
  );

  expect(view.status).toBe(400);
  expect(view.issues?.map((issue) => issue.path)).toEqual(['cursor']);
  expect(ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(1);
});

test('a NextToken EC2 no longer takes is a 400 naming cursor', async () => {
  const ec2 = ec2In('us-east-1');
  ec2
    .on(DescribeInstancesCommand)
    .resolves({ ...instances('i-00000001'), NextToken: 'p2' });
  ec2
    .on(DescribeInstancesCommand, { NextToken: 'p2' })
    .rejects(awsError('InvalidPaginationToken', 'req-token'));
  const first = await listFleet({ region: 'us-east-1', limit: 5 }, { targetFor });

  const view = await failureOf(
    listFleet({ region: 'us-east-1', cursor: first.nextCursor ?? '' }, { targetFor }),
  );

  expect(view).toMatchObject({
    apiCode: 'VALIDATION_FAILED',
    issues: [
      {
        path: 'cursor',
        message: 'has expired or was altered; start again without cursor',
      },
    ],
  });
});

test('a failing region is reported beside the instances of the others', async () => {
  ec2In('us-east-1').on(DescribeInstancesCommand).resolves(instances('i-00000001'));
  ec2In('eu-west-1')
    .on(DescribeInstancesCommand)
    .rejects(awsError('AuthFailure', 'req-7'));
  ec2In('ap-south-1').on(DescribeInstancesCommand).resolves(instances('i-00000003'));

  const result = await listFleet({ regions: regionNames }, { targetFor });

  expect(result.instances.map((instance) => instance.id)).toEqual([
    'i-00000001',
    'i-00000003',
  ]);
  expect(result.regions).toEqual([
    { region: 'us-east-1', ok: true, count: 1 },
    {
      region: 'eu-west-1',
      ok: false,
      error: {
        code: 'AWS_AUTH_FAILED',
        awsCode: 'AuthFailure',
        awsRequestId: 'req-7',
        message: 'AuthFailure: AuthFailure for [redacted]',
      },
    },
    { region: 'ap-south-1', ok: true, count: 1 },
  ]);
});

test('when every region fails, the first failure is the answer', async () => {
  ec2In('us-east-1').on(DescribeInstancesCommand).rejects(awsError('AuthFailure', 'r-1'));
  ec2In('eu-west-1').on(DescribeInstancesCommand).rejects(awsError('AuthFailure', 'r-2'));

  const view = await failureOf(
    listFleet({ regions: ['us-east-1', 'eu-west-1'] }, { targetFor }),
  );

  expect(view).toMatchObject({ apiCode: 'AWS_AUTH_FAILED', awsRequestId: 'r-1' });
});

test('a single region that fails fails the call as before', async () => {
  ec2In('eu-west-1').on(DescribeInstancesCommand).rejects(awsError('AuthFailure', 'r-9'));

  const view = await failureOf(listFleet({ regions: ['eu-west-1'] }, { targetFor }));

  expect(view).toMatchObject({ apiCode: 'AWS_AUTH_FAILED', region: 'eu-west-1' });
});

test('"all" lists the regions DescribeRegions names, asked in region', async () => {
  ec2In('ap-south-1')
    .on(DescribeRegionsCommand)
    .resolves({ Regions: [{ RegionName: 'us-east-1' }, { RegionName: 'eu-west-1' }] });
  ec2In('us-east-1').on(DescribeInstancesCommand).resolves(instances('i-00000001'));
  ec2In('eu-west-1').on(DescribeInstancesCommand).resolves(instances('i-00000002'));

  const result = await listFleet({ region: 'ap-south-1', regions: 'all' }, { targetFor });

  expect(asked[0]).toBe('ap-south-1');
  expect(ec2In('ap-south-1').commandCalls(DescribeInstancesCommand)).toHaveLength(0);
  expect(result.regions.map((region) => region.region)).toEqual([
    'us-east-1',
    'eu-west-1',
  ]);
  expect(result.instances.map((instance) => instance.region)).toEqual([
    'us-east-1',
    'eu-west-1',
  ]);
});

test('"all" without a region asks DescribeRegions in us-east-1', async () => {
  ec2In('us-east-1').on(DescribeRegionsCommand).resolves({ Regions: [] });

  const result = await listFleet({ regions: 'all' }, { targetFor });

  expect(asked).toEqual(['us-east-1']);
  expect(result).toEqual({ instances: [], nextCursor: null, regions: [] });
});
