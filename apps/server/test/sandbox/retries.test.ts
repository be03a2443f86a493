import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import { http } from '../support/http.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { trpcFailure } from '../support/trpc.js';

const sandbox = useSandbox();

// Two attempts keep the SDK's backoff, and so these tests, short.
async function serverWithTwoAttempts() {
  return startServer({ EC2_ENDPOINT: sandbox.current.endpoint, AWS_MAX_ATTEMPTS: '2' });
}

test('throttling that outlasts the retries is a 429 AWS_THROTTLED', async () => {
  const server = await serverWithTwoAttempts();
  sandbox.current.admin.setFaults([{ kind: 'throttle', count: 2 }]);

  const response = await http(server.url, '/ec2/list', {
    query: originalParams(sandbox.current.credentials),
  });

  expect(response.status).toBe(429);
  expect(response.body.error).toEqual({
    code: 'AWS_THROTTLED',
    status: 429,
    message: 'RequestLimitExceeded: Request limit exceeded.',
    requestId: response.headers.get('x-request-id'),
    awsCode: 'RequestLimitExceeded',
    awsRequestId: expect.stringMatching(/\S/),
    region: 'us-east-1',
  });
  // Both attempts met the fault: the SDK retried once before giving up.
  expect(sandbox.current.admin.faults()).toEqual([
    { kind: 'throttle', count: 2, remaining: 0 },
  ]);
});

test('the typed client gets TOO_MANY_REQUESTS with the AWS request id', async () => {
  const server = await serverWithTwoAttempts();
  const { credentials, admin } = sandbox.current;
  admin.setFaults([{ kind: 'throttle', count: 2 }]);
  const client = createEc2Client({ url: server.url, credentials });

  const error = await trpcFailure(client.ec2.list.query({ region: 'eu-west-1' }));

  expect(error.data).toMatchObject({
    code: 'TOO_MANY_REQUESTS',
    httpStatus: 429,
    apiCode: 'AWS_THROTTLED',
    awsCode: 'RequestLimitExceeded',
    awsRequestId: expect.stringMatching(/\S/),
    region: 'eu-west-1',
  });
});

test('throttling fewer calls than the retries allow recovers with a 200', async () => {
  const server = await serverWithTwoAttempts();
  sandbox.current.admin.setFaults([{ kind: 'throttle', count: 1 }]);

  const response = await http(server.url, '/ec2/list', {
    query: originalParams(sandbox.current.credentials),
  });

  expect(response.status).toBe(200);
  expect(response.body.instances).toHaveLength(8);
  expect(sandbox.current.admin.faults()).toEqual([
    { kind: 'throttle', count: 1, remaining: 0 },
  ]);
});

test('an InternalError past the retries is a 502 AWS_ERROR with its code', async () => {
  const server = await serverWithTwoAttempts();
  sandbox.current.admin.setFaults([{ kind: 'internal-error', count: 2 }]);

  const response = await http(server.url, '/ec2/list', {
    query: originalParams(sandbox.current.credentials),
  });

  expect(response.status).toBe(502);
  expect(response.body.error).toEqual({
    code: 'AWS_ERROR',
    status: 502,
    message: 'InternalError: An internal error has occurred',
    requestId: response.headers.get('x-request-id'),
    awsCode: 'InternalError',
    awsRequestId: expect.stringMatching(/\S/),
    region: 'us-east-1',
  });
  expect(sandbox.current.admin.faults()).toMatchObject([{ remaining: 0 }]);
  const failure = server.logs
    .map((line) => JSON.parse(line))
    .find((entry) => entry.reqId === response.body.error.requestId && entry.apiCode);
  expect(failure).toMatchObject({
    level: 50,
    awsCode: 'InternalError',
    awsRequestId: response.body.error.awsRequestId,
  });
});
