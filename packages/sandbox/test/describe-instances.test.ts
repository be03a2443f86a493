import {
  DescribeInstancesCommand,
  type DescribeInstancesCommandInput,
  type EC2Client,
  type Instance,
  paginateDescribeInstances,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import {
  demoInstanceIds as ids,
  type RunningSandbox,
  startSandbox,
} from '../src/index.js';
import { ec2Client, rejection } from './support/sandbox.js';

const US_EAST_IN_LAUNCH_ORDER = [
  ids.web1,
  ids.web2,
  ids.api1,
  ids.worker1,
  ids.analytics1,
  ids.bastion,
  ids.legacy1,
  ids.windows1,
];

let sandbox: RunningSandbox;
let ec2: EC2Client;

beforeAll(async () => {
  sandbox = await startSandbox();
  ec2 = ec2Client(sandbox);
});

beforeEach(() => sandbox.admin.reset());

afterAll(() => sandbox.close());

async function describe(input: DescribeInstancesCommandInput = {}): Promise<Instance[]> {
  const output = await ec2.send(new DescribeInstancesCommand(input));

  return (output.Reservations ?? []).flatMap(
    (reservation) => reservation.Instances ?? [],
  );
}

async function idsMatching(name: string, values: string[]): Promise<string[]> {
  const instances = await describe({ Filters: [{ Name: name, Values: values }] });

  return instances.map((instance) => instance.InstanceId ?? '').sort();
}

test('lists the us-east-1 demo fleet with its states', async () => {
  const instances = await describe();

  expect(Object.fromEntries(instances.map((i) => [i.InstanceId, i.State?.Name]))).toEqual(
    {
      [ids.web1]: 'running',
      [ids.web2]: 'running',
      [ids.api1]: 'running',
      [ids.worker1]: 'stopped',
      [ids.analytics1]: 'running',
      [ids.bastion]: 'running',
      [ids.legacy1]: 'terminated',
      [ids.windows1]: 'running',
    },
  );
});

test('lists the eu-west-1 demo fleet only when asked in eu-west-1', async () => {
  const eu = ec2Client(sandbox, { region: 'eu-west-1' });
  const output = await eu.send(new DescribeInstancesCommand({}));
  const listed = output.Reservations?.flatMap((r) => r.Instances ?? []).map(
    (i) => i.InstanceId,
  );

  expect(listed?.sort()).toEqual(
    [ids.euWeb1, ids.euWeb2, ids.euDb1, ids.euBatch1].sort(),
  );
});

test('reports the usual fields of a running instance', async () => {
  const [web1] = await describe({ InstanceIds: [ids.web1] });

  expect(web1).toMatchObject({
    InstanceId: ids.web1,
    ImageId: 'ami-0a3c3a20c09d6f377',
    InstanceType: 't3.micro',
    KeyName: 'demo-key',
    State: { Code: 16, Name: 'running' },
    Placement: { AvailabilityZone: 'us-east-1a' },
    LaunchTime: new Date('2024-03-04T08:15:00.000Z'),
    HibernationOptions: { Configured: false },
    StateTransitionReason: '',
    Tags: [
      { Key: 'Name', Value: 'web-1' },
      { Key: 'env', Value: 'prod' },
      { Key: 'team', Value: 'web' },
    ],
  });
  expect(web1?.PrivateIpAddress).toMatch(/^10\.0\.\d+\.\d+$/);
  expect(web1?.PrivateDnsName).toBe(
    `ip-${web1?.PrivateIpAddress?.replaceAll('.', '-')}.ec2.internal`,
  );
  expect(web1?.PublicIpAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(web1?.PublicDnsName).toMatch(/^ec2-[\d-]+\.compute-1\.amazonaws\.com$/);
  expect(web1?.SubnetId).toMatch(/^subnet-0[0-9a-f]{16}$/);
  expect(web1?.VpcId).toMatch(/^vpc-0[0-9a-f]{16}$/);
  expect(web1?.SecurityGroups?.[0]?.GroupName).toBe('default');
});

test('a stopped instance has no public address and says who stopped it', async () => {
  const [worker] = await describe({ InstanceIds: [ids.worker1] });

  expect(worker?.PublicIpAddress).toBeUndefined();
  expect(worker?.PublicDnsName).toBe('');
  expect(worker?.StateReason).toEqual({
    Code: 'Client.UserInitiatedShutdown',
    Message: 'Client.UserInitiatedShutdown: User initiated shutdown',
  });
  expect(worker?.StateTransitionReason).toMatch(
    /^User initiated \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d GMT\)$/,
  );
});

test('the demo fleet has a keyless, a hibernating and a windows instance', async () => {
  const instances = await describe();

  expect(
    instances.filter((i) => i.KeyName === undefined).map((i) => i.InstanceId),
  ).toEqual([ids.bastion]);
  expect(
    instances.filter((i) => i.HibernationOptions?.Configured).map((i) => i.InstanceId),
  ).toEqual([ids.analytics1]);
  expect(
    instances.filter((i) => String(i.Platform) === 'windows').map((i) => i.InstanceId),
  ).toEqual([ids.windows1]);
});

test('instances launched together share a reservation', async () => {
  const output = await ec2.send(new DescribeInstancesCommand({}));
  const shared = output.Reservations?.find((r) => r.Instances?.length === 2);

  expect(shared?.ReservationId).toBe('r-09361135bdedea5d4');
  expect(shared?.OwnerId).toBe('123456789012');
  expect(shared?.Instances?.map((i) => i.InstanceId)).toEqual([ids.web1, ids.web2]);
});

test('filters by instance-state-name', async () => {
  expect(await idsMatching('instance-state-name', ['stopped', 'terminated'])).toEqual(
    [ids.worker1, ids.legacy1].sort(),
  );
});

test('filters by instance-id', async () => {
  expect(await idsMatching('instance-id', [ids.api1, ids.bastion])).toEqual(
    [ids.api1, ids.bastion].sort(),
  );
});

test('filters by instance-type', async () => {
  expect(await idsMatching('instance-type', ['m5.large'])).toEqual(
    [ids.api1, ids.analytics1].sort(),
  );
});

test('filters by availability-zone', async () => {
  expect(await idsMatching('availability-zone', ['us-east-1c'])).toEqual(
    [ids.worker1, ids.legacy1].sort(),
  );
});

test('filters by tag value, with wildcards', async () => {
  expect(await idsMatching('tag:team', ['data'])).toEqual(
    [ids.worker1, ids.analytics1].sort(),
  );
  expect(await idsMatching('tag:Name', ['web-*'])).toEqual([ids.web1, ids.web2].sort());
});

test('filters by tag-key', async () => {
  expect(await idsMatching('tag-key', ['owner'])).toEqual([]);
  expect(await idsMatching('tag-key', ['Name'])).toHaveLength(8);
});

test('combines filters with AND and values with OR', async () => {
  const instances = await describe({
    Filters: [
      { Name: 'tag:env', Values: ['prod', 'staging'] },
      { Name: 'instance-state-name', Values: ['running'] },
      { Name: 'availability-zone', Values: ['us-east-1a'] },
    ],
  });

  expect(instances.map((i) => i.InstanceId).sort()).toEqual(
    [ids.web1, ids.api1, ids.bastion, ids.windows1].sort(),
  );
});

test('an unknown filter name is an InvalidParameterValue', async () => {
  const error = await rejection(
    describe({ Filters: [{ Name: 'colour', Values: ['red'] }] }),
  );

  expect(error).toMatchObject({
    name: 'InvalidParameterValue',
    message: "The filter 'colour' is invalid",
    $metadata: { httpStatusCode: 400 },
  });
});

test('the SDK paginator walks the fleet five instances at a time', async () => {
  const pages: string[][] = [];
  for await (const page of paginateDescribeInstances({ client: ec2, pageSize: 5 }, {})) {
    const instances = page.Reservations?.flatMap((r) => r.Instances ?? []) ?? [];
    pages.push(instances.map((instance) => instance.InstanceId ?? ''));
  }

  expect(pages.map((page) => page.length)).toEqual([5, 3]);
  expect(pages.flat()).toEqual(US_EAST_IN_LAUNCH_ORDER);
});

test('pagination keeps the filter across pages', async () => {
  const listed: string[] = [];
  const paginator = paginateDescribeInstances(
    { client: ec2, pageSize: 5 },
    { Filters: [{ Name: 'instance-state-name', Values: ['running'] }] },
  );
  for await (const page of paginator) {
    const instances = page.Reservations?.flatMap((r) => r.Instances ?? []) ?? [];
    listed.push(...instances.map((instance) => instance.InstanceId ?? ''));
  }

  expect(listed).toHaveLength(6);
  expect(new Set(listed).size).toBe(6);
});

test('InstanceIds with MaxResults is an InvalidParameterCombination', async () => {
  const error = await rejection(describe({ InstanceIds: [ids.web1], MaxResults: 5 }));

  expect(error).toMatchObject({
    name: 'InvalidParameterCombination',
    message: 'The parameter instancesSet cannot be used with the parameter maxResults',
    $metadata: { httpStatusCode: 400 },
  });
});

test('MaxResults outside 5 to 1000 is an InvalidParameterValue', async () => {
  await expect(describe({ MaxResults: 4 })).rejects.toMatchObject({
    name: 'InvalidParameterValue',
  });
  await expect(describe({ MaxResults: 1001 })).rejects.toMatchObject({
    name: 'InvalidParameterValue',
  });
});

test('unknown instance ids are NotFound and named in the message', async () => {
  const error = await rejection(
    describe({ InstanceIds: [ids.web1, 'i-0123456789abcdef0', 'i-0fedcba9876543210'] }),
  );

  expect(error).toMatchObject({
    name: 'InvalidInstanceID.NotFound',
    message: "The instance IDs 'i-0123456789abcdef0, i-0fedcba9876543210' do not exist",
    $metadata: { httpStatusCode: 400 },
  });
});

test('ids of the wrong shape are Malformed rather than NotFound', async () => {
  const error = await rejection(
    describe({ InstanceIds: ['i-123', 'i-0123456789abcdef0'] }),
  );

  expect(error).toMatchObject({
    name: 'InvalidInstanceID.Malformed',
    message: 'Invalid id: "i-123" (expecting "i-...")',
  });
});

test('a made-up NextToken is an InvalidPaginationToken', async () => {
  await expect(
    describe({ MaxResults: 5, NextToken: 'not-a-token' }),
  ).rejects.toMatchObject({
    name: 'InvalidPaginationToken',
    $metadata: { httpStatusCode: 400 },
  });
});

test('a NextToken does not carry over to a different filter', async () => {
  const first = await ec2.send(new DescribeInstancesCommand({ MaxResults: 5 }));

  expect(first.NextToken).toBeDefined();
  await expect(
    describe({
      MaxResults: 5,
      NextToken: first.NextToken,
      Filters: [{ Name: 'tag:env', Values: ['prod'] }],
    }),
  ).rejects.toMatchObject({ name: 'InvalidPaginationToken' });
});
