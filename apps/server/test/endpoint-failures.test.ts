import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import { closedPortEndpoint, silentEndpoint } from './support/dead-endpoints.js';
import { http } from './support/http.js';
import { startServer } from './support/server.js';
import { trpcFailure } from './support/trpc.js';

const credentials = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const original = {
  aws_access_key_id: credentials.accessKeyId,
  aws_secret_access_key: credentials.secretAccessKey,
  region_name: 'eu-west-1',
};

function logged(logs: string[], requestId: string | null) {
  return logs
    .map((line) => JSON.parse(line))
    .filter((entry) => entry.reqId === requestId);
}

test('an EC2 endpoint nobody listens on is a 502 AWS_UNREACHABLE', async () => {
  const server = await startServer({ EC2_ENDPOINT: await closedPortEndpoint() });

  const response = await http(server.url, '/ec2/list', { query: original });

  expect(response.status).toBe(502);
  expect(response.body.error).toEqual({
    code: 'AWS_UNREACHABLE',
    status: 502,
    message: 'The EC2 endpoint for eu-west-1 could not be reached (ECONNREFUSED)',
    requestId: response.headers.get('x-request-id'),
    region: 'eu-west-1',
  });
});

test('the typed client gets BAD_GATEWAY AWS_UNREACHABLE', async () => {
  const server = await startServer({ EC2_ENDPOINT: await closedPortEndpoint() });
  const client = createEc2Client({ url: server.url, credentials });

  const error = await trpcFailure(
    client.ec2.stop.mutate({ region: 'eu-west-1', instanceIds: ['i-0123456789abcdef0'] }),
  );

  expect(error.data).toMatchObject({
    code: 'BAD_GATEWAY',
    httpStatus: 502,
    apiCode: 'AWS_UNREACHABLE',
    region: 'eu-west-1',
  });
});

test('an EC2 endpoint that accepts but never answers is a 504 AWS_TIMEOUT', async () => {
  const server = await startServer({
    EC2_ENDPOINT: await silentEndpoint(),
    AWS_REQUEST_TIMEOUT_MS: '300',
    AWS_MAX_ATTEMPTS: '1',
  });

  const response = await http(server.url, '/ec2/list', { query: original });

  expect(response.status).toBe(504);
  expect(response.body.error).toEqual({
    code: 'AWS_TIMEOUT',
    status: 504,
    message: 'The EC2 endpoint for eu-west-1 did not answer in time',
    requestId: response.headers.get('x-request-id'),
    region: 'eu-west-1',
  });
  // A 5xx is the server's or upstream's fault, so it is logged at error level.
  const failure = logged(server.logs, response.headers.get('x-request-id')).find(
    (entry) => entry.apiCode === 'AWS_TIMEOUT',
  );
  expect(failure).toMatchObject({ level: 50, status: 504, region: 'eu-west-1' });
});

test('the typed client gets GATEWAY_TIMEOUT AWS_TIMEOUT', async () => {
  const server = await startServer({
    EC2_ENDPOINT: await silentEndpoint(),
    AWS_REQUEST_TIMEOUT_MS: '300',
    AWS_MAX_ATTEMPTS: '1',
  });
  const client = createEc2Client({ url: server.url, credentials });

  const error = await trpcFailure(client.ec2.list.query({ region: 'eu-west-1' }));

  expect(error.data).toMatchObject({
    code: 'GATEWAY_TIMEOUT',
    httpStatus: 504,
    apiCode: 'AWS_TIMEOUT',
  });
});
