import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import { countingProxy } from '../support/counting-proxy.js';
import { http } from '../support/http.js';
import { useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { trpcFailure } from '../support/trpc.js';

const enabled = ['us-east-1', 'eu-west-1', 'us-west-2', 'ap-south-1', 'sa-east-1'];
const sandbox = useSandbox({ regions: enabled });

function credentialParams() {
  return {
    aws_access_key_id: sandbox.current.credentials.accessKeyId,
    aws_secret_access_key: sandbox.current.credentials.secretAccessKey,
  };
}

async function serve(env: Record<string, string> = {}) {
  const server = await startServer({ EC2_ENDPOINT: sandbox.current.endpoint, ...env });
  const client = createEc2Client({
    url: server.url,
    credentials: sandbox.current.credentials,
  });
  const list = (query: Record<string, string | string[]>) =>
    http(server.url, '/ec2/list', { query: { ...credentialParams(), ...query } });
  return { client, list, server };
}

test('regions lists each region given, instances in region order', async () => {
  const { list } = await serve();

  const response = await list({ regions: 'eu-west-1,us-east-1' });

  expect(response.status).toBe(200);
  const regionOfEach = response.body.instances.map((i: { region: string }) => i.region);
  expect(regionOfEach).toEqual([
    ...Array(4).fill('eu-west-1'),
    ...Array(8).fill('us-east-1'),
  ]);
  expect(response.body.regions).toEqual([
    { region: 'eu-west-1', ok: true, count: 4 },
    { region: 'us-east-1', ok: true, count: 8 },
  ]);
  expect(response.body.nextCursor).toBeNull();
});

test('a failing region is reported beside the instances of the others', async () => {
  const { list, server } = await serve();
  sandbox.current.admin.addFault({
    kind: 'region-failure',
    region: 'eu-west-1',
    code: 'UnauthorizedOperation',
  });

  const response = await list({ regions: ['us-east-1', 'eu-west-1', 'us-west-2'] });

  expect(response.status).toBe(200);
  expect(response.body.instances).toHaveLength(8);
  expect(response.body.regions).toEqual([
    { region: 'us-east-1', ok: true, count: 8 },
    {
      region: 'eu-west-1',
      ok: false,
      error: {
        code: 'AWS_UNAUTHORIZED',
        awsCode: 'UnauthorizedOperation',
        awsRequestId: expect.any(String),
        message: expect.stringMatching(/^UnauthorizedOperation: /),
      },
    },
    { region: 'us-west-2', ok: true, count: 0 },
  ]);
  expect(response.text).not.toContain(sandbox.current.credentials.secretAccessKey);
  const failure = response.body.regions[1].error;
  const logged = server.logs.find((line) => line.includes(failure.awsRequestId));
  expect(JSON.parse(logged ?? '{}')).toMatchObject({
    region: 'eu-west-1',
    apiCode: 'AWS_UNAUTHORIZED',
    awsCode: 'UnauthorizedOperation',
  });
});

test('"all" lists every region DescribeRegions names as enabled', async () => {
  const { client } = await serve();

  const result = await client.ec2.list.query({ regions: 'all' });

  expect(result.regions).toEqual([
    { region: 'us-east-1', ok: true, count: 8 },
    { region: 'eu-west-1', ok: true, count: 4 },
    { region: 'us-west-2', ok: true, count: 0 },
    { region: 'ap-south-1', ok: true, count: 0 },
    { region: 'sa-east-1', ok: true, count: 0 },
  ]);
  expect(result.instances).toHaveLength(12);
});

test('"all" asks for the enabled regions in region_name when given', async () => {
  const { list } = await serve();
  // Only DescribeRegions in us-east-1 fails: asked anywhere else, the list goes on.
  sandbox.current.admin.addFault({
    kind: 'region-failure',
    region: 'us-east-1',
    action: 'DescribeRegions',
  });

  const fromEurope = await list({ region_name: 'eu-west-1', regions: 'all' });
  const fromDefault = await list({ regions: 'all' });

  expect(fromEurope.status).toBe(200);
  expect(fromEurope.body.regions).toHaveLength(5);
  expect(fromDefault.status).toBe(401);
  expect(fromDefault.body.error).toMatchObject({
    code: 'AWS_AUTH_FAILED',
    region: 'us-east-1',
  });
});

test('one region given as regions still fails the call when it fails', async () => {
  const { list } = await serve();
  sandbox.current.admin.addFault({ kind: 'region-failure', region: 'eu-west-1' });

  const response = await list({ regions: 'eu-west-1' });

  expect(response.status).toBe(401);
  expect(response.body.error).toMatchObject({
    code: 'AWS_AUTH_FAILED',
    awsCode: 'AuthFailure',
    region: 'eu-west-1',
  });
});

test('when every region fails, the first failure is the answer', async () => {
  const { client } = await serve();
  for (const region of ['us-east-1', 'eu-west-1']) {
    sandbox.current.admin.addFault({ kind: 'region-failure', region });
  }

  const error = await trpcFailure(
    client.ec2.list.query({ regions: ['us-east-1', 'eu-west-1'] }),
  );

  expect(error.data).toMatchObject({ httpStatus: 401, apiCode: 'AWS_AUTH_FAILED' });
  expect(error.data?.region).toBe('us-east-1');
});

test('regions that are not region names are a 400 naming regions', async () => {
  const { list } = await serve();

  const response = await list({ regions: 'us-east-1,Mars', region_name: 'us-east-1' });

  expect(response.status).toBe(400);
  expect(response.body.error.issues).toEqual([
    { path: 'regions[1]', message: 'must be an AWS region name such as us-east-1' },
    { path: 'regions', message: 'cannot be a list when region is given; only "all" can' },
  ]);
});

test('no more regions are listed at once than LIST_REGION_CONCURRENCY', async () => {
  const proxy = await countingProxy(sandbox.current.endpoint);
  const server = await startServer({
    EC2_ENDPOINT: proxy.endpoint,
    LIST_REGION_CONCURRENCY: '2',
  });
  const client = createEc2Client({
    url: server.url,
    credentials: sandbox.current.credentials,
  });
  // Each answer waits, so requests that the bound lets through overlap at the proxy.
  sandbox.current.admin.addFault({
    kind: 'latency',
    ms: 200,
    action: 'DescribeInstances',
  });

  const result = await client.ec2.list.query({ regions: enabled });

  expect(result.regions.every((region) => region.ok)).toBe(true);
  expect(proxy.requests).toBe(5);
  expect(proxy.peak).toBe(2);
});
