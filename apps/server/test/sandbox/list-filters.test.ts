import { createEc2Client, type ListOutput } from '@ec2-control/client';
import { demoInstanceIds as ids } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { http } from '../support/http.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { trpcFailure } from '../support/trpc.js';

const sandbox = useSandbox();

function namesOf(result: ListOutput): string[] {
  return result.instances.map((instance) => instance.name ?? instance.id);
}

async function serve() {
  const server = await startServer({ EC2_ENDPOINT: sandbox.current.endpoint });
  const client = createEc2Client({
    url: server.url,
    credentials: sandbox.current.credentials,
  });
  const list = (query: Record<string, string | string[]>) =>
    http(server.url, '/ec2/list', {
      query: { ...originalParams(sandbox.current.credentials), ...query },
    });
  return { client, list };
}

test('state keeps the instances in any of the states given', async () => {
  const { list } = await serve();

  const response = await list({ state: 'stopped,terminated' });

  expect(response.status).toBe(200);
  expect(namesOf(response.body)).toEqual(['worker-1', 'legacy-1']);
});

test('tag key=value pairs of different keys must all match', async () => {
  const { list } = await serve();

  const response = await list({ tag: ['env=prod', 'team=web'] });

  expect(response.status).toBe(200);
  expect(namesOf(response.body)).toEqual(['web-1', 'web-2']);
});

test('tag values of the same key match any of them', async () => {
  const { client } = await serve();

  const result = await client.ec2.list.query({
    region: 'us-east-1',
    tags: [
      { key: 'env', value: 'staging' },
      { key: 'env', value: 'dev' },
    ],
  });

  expect(namesOf(result)).toEqual(['worker-1', 'analytics-1', 'legacy-1', 'win-build-1']);
});

test('a bare tag key keeps the instances that carry the key at all', async () => {
  const { list } = await serve();
  sandbox.current.admin.loadFleet({
    instances: [
      { region: 'us-east-1', tags: { Name: 'owned', owner: 'ops' } },
      { region: 'us-east-1', tags: { Name: 'unowned' } },
      { region: 'us-east-1', tags: { Name: 'owned-blank', owner: '' } },
    ],
  });

  const response = await list({ tag: 'owner' });

  expect(response.status).toBe(200);
  expect(namesOf(response.body)).toEqual(['owned', 'owned-blank']);
});

test('name matches the Name tag with EC2 wildcards', async () => {
  const { client, list } = await serve();

  const web = await client.ec2.list.query({ region: 'us-east-1', name: 'web-?' });
  const ones = await list({ name: '*-1' });

  expect(namesOf(web)).toEqual(['web-1', 'web-2']);
  expect(namesOf(ones.body)).toEqual([
    'web-1',
    'api-1',
    'worker-1',
    'analytics-1',
    'legacy-1',
    'win-build-1',
  ]);
});

test('instance_id keeps the ids given; an unknown id matches nothing', async () => {
  const { list } = await serve();
  const unknown = 'i-0123456789abcdef0';

  const response = await list({ instance_id: `${ids.web1},${unknown},${ids.bastion}` });
  const none = await list({ instance_id: unknown });

  expect(response.status).toBe(200);
  expect(namesOf(response.body)).toEqual(['web-1', 'bastion']);
  expect(none.status).toBe(200);
  expect(none.body.instances).toEqual([]);
});

test('instance types match exactly or with wildcards', async () => {
  const { client, list } = await serve();

  const m5 = await client.ec2.list.query({
    region: 'us-east-1',
    instanceTypes: ['m5.*'],
  });
  const small = await list({ instance_type: ['t3.nano', 't2.micro'] });

  expect(namesOf(m5)).toEqual(['api-1', 'analytics-1', 'win-build-1']);
  expect(namesOf(small.body)).toEqual(['bastion', 'legacy-1']);
});

test('filters combine, and a JSON body may use the tRPC field names', async () => {
  const server = await startServer({ EC2_ENDPOINT: sandbox.current.endpoint });

  const response = await http(server.url, '/ec2/list', {
    json: {
      ...originalParams(sandbox.current.credentials),
      states: ['running'],
      tags: [{ key: 'env', value: 'prod' }],
      instanceTypes: ['t3.micro', 'm5.large'],
    },
  });

  expect(response.status).toBe(200);
  expect(namesOf(response.body)).toEqual(['web-1', 'web-2', 'api-1']);
  expect(response.body.regions).toEqual([{ region: 'us-east-1', ok: true, count: 3 }]);
  expect(response.body.nextCursor).toBeNull();
});

test('bad filter values are a 400 naming each REST parameter', async () => {
  const { list } = await serve();

  const response = await list({
    state: 'running,asleep',
    tag: ['env=prod', '=orphan'],
    instance_type: 'T3 MICRO',
    instance_id: 'i-XYZ',
  });

  expect(response.status).toBe(400);
  expect(response.body.error.code).toBe('VALIDATION_FAILED');
  expect(response.body.error.issues).toEqual([
    {
      path: 'state[1]',
      message:
        'must be one of pending, running, shutting-down, terminated, stopping, stopped',
    },
    { path: 'tag[1].key', message: 'must be 1-128 characters' },
    {
      path: 'instance_id[0]',
      message: 'must be "i-" followed by 8 or 17 lowercase hex digits',
    },
    {
      path: 'instance_type[0]',
      message: 'must be an instance type such as t3.micro; * and ? are wildcards',
    },
  ]);
});

test('name given twice is a 400 naming name', async () => {
  const { list } = await serve();

  const response = await list({ name: ['web-1', 'web-2'] });

  expect(response.status).toBe(400);
  expect(response.body.error.issues).toEqual([
    { path: 'name', message: 'must be given once, as a string' },
  ]);
});

test('the typed client gets BAD_REQUEST naming the filter field', async () => {
  const { client } = await serve();

  const error = await trpcFailure(
    client.ec2.list.query({ region: 'us-east-1', name: 'web', tags: [{ key: 'Name' }] }),
  );

  expect(error.data).toMatchObject({
    httpStatus: 400,
    apiCode: 'VALIDATION_FAILED',
    issues: [{ path: 'name', message: 'cannot be combined with a Name tag in tags' }],
  });
});
