import { paginateDescribeInstances } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type RunningSandbox, startSandbox } from '../src/index.js';
import { ec2Client } from './support/sandbox.js';

// Large enough for twenty full pages; the 100,000-instance run lives in the benchmarks.
const FLEET_SIZE = 20_000;

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ fleet: { generate: FLEET_SIZE } });
});

afterAll(() => sandbox.close());

async function listAll(filterStates?: string[]): Promise<string[]> {
  const ids: string[] = [];
  const paginator = paginateDescribeInstances(
    { client: ec2Client(sandbox), pageSize: 1000 },
    filterStates === undefined
      ? {}
      : { Filters: [{ Name: 'instance-state-name', Values: filterStates }] },
  );
  for await (const page of paginator) {
    for (const reservation of page.Reservations ?? []) {
      ids.push(
        ...(reservation.Instances ?? []).map((instance) => instance.InstanceId ?? ''),
      );
    }
  }

  return ids;
}

test('lists all 20,000 generated instances, each once', {
  timeout: 120_000,
}, async () => {
  const ids = await listAll();

  expect(ids).toHaveLength(FLEET_SIZE);
  expect(new Set(ids).size).toBe(FLEET_SIZE);
});

test('a filtered listing over 20,000 instances matches the state counts', {
  timeout: 120_000,
}, async () => {
  const [region] = sandbox.admin.state({ region: 'us-east-1', limit: 0 }).regions;
  const stopped = await listAll(['stopped']);

  expect(stopped.length).toBeGreaterThan(0);
  expect(stopped).toHaveLength(region?.byState.stopped ?? -1);
});
