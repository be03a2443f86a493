import {
  CreateTagsCommand,
  type EC2Client,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import {
  launchInstance,
  launchReservations,
  motoCredentials,
  motoImageId,
  stopInstances,
} from '../support/ec2.js';
import { http } from '../support/http.js';
import { useMoto } from '../support/moto.js';
import { serveMoto } from '../support/moto-server.js';
import { originalParams } from '../support/original-params.js';

const moto = useMoto();

const original = originalParams(motoCredentials);

function idsOf(result: { instances: { id: string }[] }): string[] {
  return result.instances.map((instance) => instance.id).sort();
}

async function tag(ec2: EC2Client, id: string, tags: Record<string, string>) {
  const Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
  await ec2.send(new CreateTagsCommand({ Resources: [id], Tags }));
}

async function serve() {
  const { server, ec2 } = await serveMoto(moto);
  const list = (query: Record<string, string | string[]>) =>
    http(server.url, '/ec2/list', { query: { ...original, ...query } });
  return { server, ec2, list };
}

test('state keeps the instances in the states given', async () => {
  const { list, ec2 } = await serve();
  const [kept, stopped] = [await launchInstance(ec2), await launchInstance(ec2)];
  await stopInstances(ec2, [stopped as string]);

  const running = await list({ state: 'running' });
  const halted = await list({ state: 'stopped' });

  expect(idsOf(running.body)).toEqual([kept]);
  expect(idsOf(halted.body)).toEqual([stopped]);
});

test('tags, bare tag keys and the Name wildcard filter in moto too', async () => {
  const { list, ec2 } = await serve();
  const web = await launchInstance(ec2, { name: 'web-1' });
  const api = await launchInstance(ec2, { name: 'api-1' });
  const bare = await launchInstance(ec2);
  await tag(ec2, web, { env: 'prod', owner: 'web' });
  await tag(ec2, api, { env: 'staging' });

  const prod = await list({ tag: 'env=prod' });
  const either = await list({ tag: ['env=prod', 'env=staging'] });
  const owned = await list({ tag: 'owner' });
  const named = await list({ name: '*-1' });
  const webOnly = await list({ name: 'web-?', tag: 'env=prod' });

  expect(idsOf(prod.body)).toEqual([web]);
  expect(idsOf(either.body)).toEqual([web, api].sort());
  expect(idsOf(owned.body)).toEqual([web]);
  expect(idsOf(named.body)).toEqual([web, api].sort());
  expect(idsOf(webOnly.body)).toEqual([web]);
  expect(idsOf(named.body)).not.toContain(bare);
});

test('instance ids and types filter, and an unknown id matches nothing', async () => {
  const { server, ec2 } = await serve();
  const micro = await launchInstance(ec2);
  const { Instances } = await ec2.send(
    new RunInstancesCommand({
      ImageId: motoImageId,
      InstanceType: 'm5.large',
      MinCount: 1,
      MaxCount: 1,
    }),
  );
  const large = Instances?.[0]?.InstanceId as string;
  const client = createEc2Client({ url: server.url, credentials: motoCredentials });

  const byId = await client.ec2.list.query({
    region: 'us-east-1',
    instanceIds: [micro, 'i-0123456789abcdef0'],
  });
  // moto matches instance types exactly; the sandbox suite covers their wildcards.
  const byType = await client.ec2.list.query({
    region: 'us-east-1',
    instanceTypes: ['m5.large', 'c5.xlarge'],
  });

  expect(idsOf(byId)).toEqual([micro]);
  expect(idsOf(byType)).toEqual([large]);
});

test('limit and cursor page through moto, each instance exactly once', async () => {
  const { list, ec2 } = await serve();
  const launched = await launchReservations(ec2, 12);

  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page = await list({
      limit: '5',
      state: 'running',
      ...(cursor ? { cursor } : {}),
    });
    expect(page.status).toBe(200);
    pages.push(page.body.instances.map((instance: { id: string }) => instance.id));
    cursor = page.body.nextCursor;
  } while (cursor !== null && pages.length < 10);

  expect(pages.map((page) => page.length)).toEqual([5, 5, 2]);
  expect(pages.flat().sort()).toEqual([...launched].sort());
});

test('a moto cursor used with other filters is a 400 naming cursor', async () => {
  const { list, ec2 } = await serve();
  await launchReservations(ec2, 6);
  const first = await list({ limit: '5' });

  const response = await list({
    limit: '5',
    state: 'stopped',
    cursor: first.body.nextCursor,
  });

  expect(first.body.nextCursor).toEqual(expect.any(String));
  expect(response.status).toBe(400);
  expect(response.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(
    ['cursor'],
  );
});
