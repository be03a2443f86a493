import { createEc2Client } from '@ec2-control/client';
import { startSandbox } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { http } from '../support/http.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { trpcFailure } from '../support/trpc.js';

const sandbox = useSandbox();

test('a sandbox that has shut down is a prompt 502 AWS_UNREACHABLE', async () => {
  const gone = await startSandbox({ port: 0 });
  const server = await startServer({
    EC2_ENDPOINT: gone.endpoint,
    AWS_CONNECT_TIMEOUT_MS: '100',
    AWS_MAX_ATTEMPTS: '2',
  });
  const params = originalParams(gone.credentials);
  const before = await http(server.url, '/ec2/list', { query: params });
  await gone.close();

  const response = await http(server.url, '/ec2/list', { query: params });

  expect(before.status).toBe(200);
  expect(response.status).toBe(502);
  expect(response.body.error).toEqual({
    code: 'AWS_UNREACHABLE',
    status: 502,
    message: expect.stringMatching(
      /^The EC2 endpoint for us-east-1 could not be reached \(E[A-Z]+\)$/,
    ),
    requestId: response.headers.get('x-request-id'),
    region: 'us-east-1',
  });
});

test('a sandbox slower than AWS_REQUEST_TIMEOUT_MS is a 504 AWS_TIMEOUT', async () => {
  const { endpoint, credentials, admin } = sandbox.current;
  const server = await startServer({
    EC2_ENDPOINT: endpoint,
    AWS_REQUEST_TIMEOUT_MS: '300',
    AWS_MAX_ATTEMPTS: '1',
  });
  admin.setFaults([{ kind: 'latency', ms: 1_500 }]);

  const response = await http(server.url, '/ec2/list', {
    query: originalParams(credentials),
  });

  expect(response.status).toBe(504);
  expect(response.body.error).toEqual({
    code: 'AWS_TIMEOUT',
    status: 504,
    message: 'The EC2 endpoint for us-east-1 did not answer in time',
    requestId: response.headers.get('x-request-id'),
    region: 'us-east-1',
  });
});

test('the typed client gets GATEWAY_TIMEOUT when one region is slow', async () => {
  const { endpoint, credentials, admin } = sandbox.current;
  const server = await startServer({
    EC2_ENDPOINT: endpoint,
    AWS_REQUEST_TIMEOUT_MS: '300',
    AWS_MAX_ATTEMPTS: '1',
  });
  admin.setFaults([{ kind: 'latency', ms: 1_500, region: 'eu-west-1' }]);
  const client = createEc2Client({ url: server.url, credentials });

  const error = await trpcFailure(client.ec2.list.query({ region: 'eu-west-1' }));
  const east = await client.ec2.list.query({ region: 'us-east-1' });

  expect(error.data).toMatchObject({
    code: 'GATEWAY_TIMEOUT',
    httpStatus: 504,
    apiCode: 'AWS_TIMEOUT',
    region: 'eu-west-1',
  });
  expect(east.instances).toHaveLength(8);
});
