import { createEc2Client } from '@ec2-control/client';
import {
  decodeAuthorizationMessage,
  demoCredentials,
  demoInstanceIds as ids,
} from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { authFailedError } from '../support/api-errors.js';
import { http } from '../support/http.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { trpcFailure } from '../support/trpc.js';

const sandbox = useSandbox();

const ENCODED_MESSAGE = /Encoded authorization failure message: ([\w-]+)$/;

async function server() {
  return startServer({ EC2_ENDPOINT: sandbox.current.endpoint, AWS_MAX_ATTEMPTS: '2' });
}

test('the demo access key with a wrong secret is a 401 AWS_AUTH_FAILED', async () => {
  const { url } = await server();
  const credentials = { ...demoCredentials, secretAccessKey: 'not-the-demo-secret' };

  const response = await http(url, '/ec2/list', { query: originalParams(credentials) });

  expect(response.status).toBe(401);
  expect(response.body.error).toEqual(
    authFailedError(response.headers.get('x-request-id')),
  );
});

test('the typed client gets UNAUTHORIZED for an unknown access key', async () => {
  const { url } = await server();
  const credentials = { accessKeyId: 'AKIANOSUCHKEY0000000', secretAccessKey: 'secret' };
  const client = createEc2Client({ url, credentials });

  const error = await trpcFailure(client.ec2.list.query({ region: 'eu-west-1' }));

  expect(error.data).toMatchObject({
    code: 'UNAUTHORIZED',
    httpStatus: 401,
    apiCode: 'AWS_AUTH_FAILED',
    awsCode: 'AuthFailure',
    region: 'eu-west-1',
  });
});

test('a read-only key lists, but its stop is a 403 keeping the AWS message', async () => {
  const { url } = await server();
  const params = originalParams(sandbox.current.readOnlyCredentials);

  const listed = await http(url, '/ec2/list', { query: params });
  const stopped = await http(url, '/ec2/stop', {
    form: { ...params, instance_id: ids.web1 },
  });

  expect(listed.status).toBe(200);
  expect(stopped.status).toBe(403);
  expect(stopped.body.error).toMatchObject({
    code: 'AWS_UNAUTHORIZED',
    status: 403,
    awsCode: 'UnauthorizedOperation',
    awsRequestId: expect.stringMatching(/\S/),
    region: 'us-east-1',
  });
  // Operators decode AWS's message to learn which permission is missing.
  const encoded = stopped.body.error.message.match(ENCODED_MESSAGE)?.[1];
  expect(decodeAuthorizationMessage(encoded)).toMatchObject({
    context: { action: 'ec2:StopInstances' },
  });
});

test('the typed client gets FORBIDDEN starting with a read-only key', async () => {
  const { url } = await server();
  const client = createEc2Client({
    url,
    credentials: sandbox.current.readOnlyCredentials,
  });

  const error = await trpcFailure(
    client.ec2.start.mutate({ region: 'us-east-1', instanceIds: [ids.worker1] }),
  );

  expect(error.data).toMatchObject({
    code: 'FORBIDDEN',
    httpStatus: 403,
    apiCode: 'AWS_UNAUTHORIZED',
    awsCode: 'UnauthorizedOperation',
  });
  expect(error.message).toMatch(ENCODED_MESSAGE);
});
