import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';

import { createEc2Client } from './client.js';

const servers: ReturnType<typeof createServer>[] = [];

afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

// A stand-in server that records request headers and answers a tRPC batch result.
async function recordingServer() {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    seen.push(request.headers);
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify([{ result: { data: { instances: [] } } }]));
  });
  servers.push(server);

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen };
}

test('credentials travel as headers, session token included', async () => {
  const { url, seen } = await recordingServer();
  const credentials = { accessKeyId: 'AKID1', secretAccessKey: 's1', sessionToken: 't1' };
  const ec2 = createEc2Client({ url, credentials });

  await ec2.ec2.list.query({ region: 'us-east-1' });

  expect(seen[0]).toMatchObject({
    'x-aws-access-key-id': 'AKID1',
    'x-aws-secret-access-key': 's1',
    'x-aws-session-token': 't1',
  });
});

test('a credentials provider is asked again for every request', async () => {
  const { url, seen } = await recordingServer();
  let rotation = 0;
  const ec2 = createEc2Client({
    url: `${url}/`,
    credentials: async () => {
      rotation += 1;
      return { accessKeyId: `AKID${rotation}`, secretAccessKey: 'secret' };
    },
  });

  await ec2.ec2.list.query({ region: 'us-east-1' });
  await ec2.ec2.list.query({ region: 'us-east-1' });

  expect(seen.map((headers) => headers['x-aws-access-key-id'])).toEqual([
    'AKID1',
    'AKID2',
  ]);
  expect(seen[0]?.['x-aws-session-token']).toBeUndefined();
});

test('the API token travels as a bearer token, asked for again for every request', async () => {
  const { url, seen } = await recordingServer();
  const tokens = ['first-token', 'second-token'];
  const fixed = createEc2Client({ url, token: 'fixed-token' });
  const rotating = createEc2Client({ url, token: async () => tokens.shift() ?? '' });

  await fixed.ec2.list.query({ region: 'us-east-1' });
  await rotating.ec2.list.query({ region: 'us-east-1' });
  await rotating.ec2.list.query({ region: 'us-east-1' });

  expect(seen.map((headers) => headers.authorization)).toEqual([
    'Bearer fixed-token',
    'Bearer first-token',
    'Bearer second-token',
  ]);
});

test('a role to assume travels as headers, and no AWS keys are sent without credentials', async () => {
  const { url, seen } = await recordingServer();
  const roleArn = 'arn:aws:iam::123456789012:role/ec2-operator';
  const withExternalId = createEc2Client({
    url,
    assumeRole: { roleArn, externalId: 'ext-1' },
  });
  const withoutExternalId = createEc2Client({ url, assumeRole: { roleArn } });

  await withExternalId.ec2.list.query({ region: 'us-east-1' });
  await withoutExternalId.ec2.list.query({ region: 'us-east-1' });

  expect(seen[0]).toMatchObject({
    'x-aws-role-arn': roleArn,
    'x-aws-external-id': 'ext-1',
  });
  expect(seen[1]?.['x-aws-role-arn']).toBe(roleArn);
  expect(seen[1]?.['x-aws-external-id']).toBeUndefined();
  for (const headers of seen) {
    expect(
      Object.keys(headers).filter((name) => name.startsWith('x-aws-access')),
    ).toEqual([]);
  }
});
