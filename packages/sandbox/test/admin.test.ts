import { DescribeInstancesCommand, StopInstancesCommand } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import {
  demoInstanceIds as ids,
  type RunningSandbox,
  type SandboxState,
  startSandbox,
} from '../src/index.js';
import { ec2Client } from './support/sandbox.js';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});

beforeEach(() => sandbox.admin.reset());

afterAll(() => sandbox.close());

async function admin(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${sandbox.endpoint}/_sandbox${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
}

async function listedIds(region = 'us-east-1'): Promise<string[]> {
  const output = await ec2Client(sandbox, { region }).send(
    new DescribeInstancesCommand({}),
  );

  return (
    output.Reservations?.flatMap((r) => r.Instances ?? []).map(
      (i) => i.InstanceId ?? '',
    ) ?? []
  );
}

test('GET /_sandbox/state counts the demo fleet by region and state', async () => {
  const response = await admin('GET', '/state?limit=1');
  const state = (await response.json()) as SandboxState;

  expect(response.status).toBe(200);
  expect(state.regions.slice(0, 2)).toEqual([
    expect.objectContaining({
      region: 'us-east-1',
      total: 8,
      byState: expect.objectContaining({ running: 6, stopped: 1, terminated: 1 }),
      instances: [expect.objectContaining({ instanceId: ids.web1, state: 'running' })],
    }),
    expect.objectContaining({
      region: 'eu-west-1',
      total: 4,
      byState: expect.objectContaining({ running: 2, stopped: 2 }),
    }),
  ]);
  expect(state.faults).toEqual([]);
});

test('GET /_sandbox/state can narrow to one region', async () => {
  const response = await admin('GET', '/state?region=eu-west-1');
  const state = (await response.json()) as SandboxState;

  expect(state.regions.map((region) => region.region)).toEqual(['eu-west-1']);
  expect(state.regions[0]?.instances).toHaveLength(4);
});

test('POST /_sandbox/reset brings back the initial fleet', async () => {
  await ec2Client(sandbox).send(new StopInstancesCommand({ InstanceIds: [ids.web1] }));
  const response = await admin('POST', '/reset');

  expect(response.status).toBe(200);
  expect(sandbox.admin.state({ limit: 1 }).regions[0]?.instances[0]?.state).toBe(
    'running',
  );
});

test('POST /_sandbox/fleet loads a fleet of explicit instances', async () => {
  const response = await admin('POST', '/fleet', {
    instances: [
      { region: 'eu-west-1', instanceId: 'i-0aaaaaaaaaaaaaaaa', tags: { Name: 'solo' } },
      { region: 'us-east-1', state: 'stopped', instanceType: 'm6i.large' },
    ],
  });

  expect(response.status).toBe(200);
  expect(await listedIds('eu-west-1')).toEqual(['i-0aaaaaaaaaaaaaaaa']);
  expect(await listedIds('us-east-1')).toEqual([
    expect.stringMatching(/^i-0[0-9a-f]{16}$/),
  ]);
});

test('POST /_sandbox/fleet can generate instances', async () => {
  await admin('POST', '/fleet', { generate: 30, regions: ['us-east-1', 'eu-west-1'] });

  expect(await listedIds('us-east-1')).toHaveLength(15);
  expect(await listedIds('eu-west-1')).toHaveLength(15);
});

test('POST /_sandbox/fleet refuses an invalid fleet and keeps the old one', async () => {
  const invalid = await admin('POST', '/fleet', {
    instances: [{ region: 'us-east-1', state: 'asleep' }],
  });
  const disabledRegion = await admin('POST', '/fleet', {
    instances: [{ region: 'mars-1' }],
  });
  const duplicate = await admin('POST', '/fleet', {
    instances: [
      { region: 'us-east-1', instanceId: 'i-0aaaaaaaaaaaaaaaa' },
      { region: 'eu-west-1', instanceId: 'i-0aaaaaaaaaaaaaaaa' },
    ],
  });

  expect(invalid.status).toBe(400);
  expect(await invalid.json()).toMatchObject({ error: 'ValidationError' });
  expect(await disabledRegion.json()).toEqual({
    error: 'InvalidFleet',
    message: 'Region mars-1 is not enabled',
  });
  expect(duplicate.status).toBe(400);
  expect(await listedIds()).toHaveLength(8);
});

test('the faults routes replace, add, list and clear rules', async () => {
  const replaced = await admin('PUT', '/faults', [{ kind: 'throttle', count: 3 }]);
  expect(await replaced.json()).toEqual({
    faults: [{ kind: 'throttle', count: 3, remaining: 3 }],
  });

  await admin('POST', '/faults', { kind: 'latency', ms: 5, region: 'eu-west-1' });
  const listed = await (await admin('GET', '/faults')).json();
  expect(listed).toHaveProperty('faults', [
    { kind: 'throttle', count: 3, remaining: 3 },
    { kind: 'latency', ms: 5, region: 'eu-west-1' },
  ]);

  const cleared = await admin('DELETE', '/faults');
  expect(await cleared.json()).toEqual({ faults: [] });
});

test('an invalid fault rule answers 400', async () => {
  const response = await admin('POST', '/faults', { kind: 'earthquake' });

  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ error: 'ValidationError' });
});

test('a page token from before a reset has expired', async () => {
  const ec2 = ec2Client(sandbox);
  const first = await ec2.send(new DescribeInstancesCommand({ MaxResults: 5 }));
  await admin('POST', '/reset');

  await expect(
    ec2.send(new DescribeInstancesCommand({ MaxResults: 5, NextToken: first.NextToken })),
  ).rejects.toMatchObject({ name: 'InvalidPaginationToken' });
});
