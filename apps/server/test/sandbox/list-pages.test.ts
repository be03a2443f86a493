import { createEc2Client, type ListInput } from '@ec2-control/client';
import { expect, test } from 'vitest';

import { http } from '../support/http.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { trpcFailure } from '../support/trpc.js';

const sandbox = useSandbox();

async function serve() {
  const server = await startServer({ EC2_ENDPOINT: sandbox.current.endpoint });
  const list = (query: Record<string, string | string[]> = {}) =>
    http(server.url, '/ec2/list', {
      query: { ...originalParams(sandbox.current.credentials), ...query },
    });
  return { server, list };
}

function idsOf(body: { instances: { id: string }[] }): string[] {
  return body.instances.map((instance) => instance.id);
}

function firstPageCursor(list: Awaited<ReturnType<typeof serve>>['list']) {
  return list({ limit: '5' }).then((response) => {
    expect(response.body.nextCursor).toEqual(expect.any(String));
    return response.body.nextCursor as string;
  });
}

test('limit and cursor page through a fleet, each instance exactly once', async () => {
  const { list } = await serve();
  sandbox.current.admin.loadFleet({ generate: 23, regions: ['us-east-1'] });
  const whole = await list();

  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page = await list({ limit: '5', ...(cursor ? { cursor } : {}) });
    expect(page.status).toBe(200);
    pages.push(idsOf(page.body));
    cursor = page.body.nextCursor;
  } while (cursor !== null && pages.length < 10);

  expect(whole.body.instances).toHaveLength(23);
  expect(pages.map((page) => page.length)).toEqual([5, 5, 5, 5, 3]);
  expect(pages.flat()).toEqual(idsOf(whole.body));
});

test('the typed client pages through a filtered listing', async () => {
  const { server } = await serve();
  const client = createEc2Client({
    url: server.url,
    credentials: sandbox.current.credentials,
  });
  sandbox.current.admin.loadFleet({ generate: 30, regions: ['us-east-1'] });
  const query: ListInput = { region: 'us-east-1', states: ['running'] };
  const running = await client.ec2.list.query(query);

  const seen: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 10; page += 1) {
    const result = await client.ec2.list.query({ ...query, limit: 5, cursor });
    seen.push(...result.instances.map((instance) => instance.id));
    if (result.nextCursor === null) break;
    cursor = result.nextCursor;
  }

  expect(running.instances.length).toBeGreaterThan(5);
  expect(running.instances.every((instance) => instance.state === 'running')).toBe(true);
  expect(seen).toEqual(running.instances.map((instance) => instance.id));
});

test('a cursor used with other filters is a 400 naming cursor', async () => {
  const { list } = await serve();
  const cursor = await firstPageCursor(list);

  const response = await list({ limit: '5', cursor, state: 'running' });

  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    issues: [
      {
        path: 'cursor',
        message:
          'belongs to a listing of another region or other filters; ' +
          'repeat those, or start again without cursor',
      },
    ],
  });
});

test('a cursor used in another region is a 400 naming cursor', async () => {
  const { list } = await serve();
  const cursor = await firstPageCursor(list);

  const response = await list({ region_name: 'eu-west-1', cursor });

  expect(response.status).toBe(400);
  expect(response.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(
    ['cursor'],
  );
});

test('a tampered cursor is a 400 naming cursor', async () => {
  const { list } = await serve();
  const cursor = await firstPageCursor(list);
  const content = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  const altered = Buffer.from(JSON.stringify({ ...content, v: 2 })).toString('base64url');

  const garbled = await list({ cursor: `${cursor.slice(0, -4)}AAAA` });
  const reshaped = await list({ cursor: altered });
  const notBase64 = await list({ cursor: 'not a cursor' });

  for (const response of [garbled, reshaped, notBase64]) {
    expect(response.status).toBe(400);
    expect(response.body.error.issues).toEqual([
      { path: 'cursor', message: expect.stringMatching(/nextCursor/) },
    ]);
  }
});

test('a cursor EC2 no longer honours is a 400 naming cursor', async () => {
  const { list } = await serve();
  const cursor = await firstPageCursor(list);
  // Reloading the fleet expires the sandbox's page tokens, as time does EC2's.
  sandbox.current.admin.reset();

  const response = await list({ cursor });

  expect(response.status).toBe(400);
  expect(response.body.error.issues).toEqual([
    { path: 'cursor', message: 'has expired or was altered; start again without cursor' },
  ]);
});

test('limit outside 5..1000 or not a number is a 400 naming limit', async () => {
  const { list } = await serve();

  for (const limit of ['4', '1001', 'ten', '5.5']) {
    const response = await list({ limit });
    expect(response.status).toBe(400);
    expect(response.body.error.issues).toEqual([
      { path: 'limit', message: 'must be a whole number from 5 to 1000' },
    ]);
  }
});

test('limit and cursor with several regions are a 400 naming them', async () => {
  const { server, list } = await serve();
  const { region_name: _region, ...credentials } = originalParams(
    sandbox.current.credentials,
  );

  const response = await http(server.url, '/ec2/list', {
    query: { ...credentials, regions: 'us-east-1,eu-west-1', limit: '5', cursor: 'abc' },
  });
  const all = await list({ region_name: 'us-east-1', regions: 'all', limit: '5' });

  const message = 'pages one region at a time; give a single region';
  expect(response.status).toBe(400);
  expect(response.body.error.issues).toEqual([
    { path: 'limit', message },
    { path: 'cursor', message },
  ]);
  expect(all.status).toBe(400);
  expect(all.body.error.issues).toEqual([{ path: 'limit', message }]);
});

test('the typed client gets BAD_REQUEST for a cursor of another region', async () => {
  const { server } = await serve();
  const client = createEc2Client({
    url: server.url,
    credentials: sandbox.current.credentials,
  });
  const first = await client.ec2.list.query({ region: 'us-east-1', limit: 5 });

  const error = await trpcFailure(
    client.ec2.list.query({ region: 'eu-west-1', cursor: first.nextCursor ?? '' }),
  );

  expect(error.data).toMatchObject({
    httpStatus: 400,
    apiCode: 'VALIDATION_FAILED',
    issues: [{ path: 'cursor', message: expect.stringMatching(/another region/) }],
  });
});
