import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import { authFailedError, notFoundError } from '../support/api-errors.js';
import { launchInstance, motoCredentials, motoEc2 } from '../support/ec2.js';
import { http } from '../support/http.js';
import { createIamUser } from '../support/iam.js';
import { notFoundResult } from '../support/instance-results.js';
import { useMoto } from '../support/moto.js';
import { originalParams } from '../support/original-params.js';
import { startServer } from '../support/server.js';
import { trpcFailure } from '../support/trpc.js';

const moto = useMoto();

// Well formed, so it passes validation and reaches EC2, which has never seen it.
const unknownId = 'i-0123456789abcdef0';

test('stopping an unknown instance is a 404 naming the instance, region and AWS request', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint });

  const response = await http(server.url, '/ec2/stop', {
    method: 'POST',
    query: { ...originalParams(motoCredentials), instance_id: unknownId },
  });

  expect(response.status).toBe(404);
  expect(response.body).toEqual({
    error: notFoundError(unknownId, response.headers.get('x-request-id')),
  });
});

test('starting known and unknown instances together fails only the unknown', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint });
  const known = await launchInstance(motoEc2(moto.endpoint));

  const response = await http(server.url, '/ec2/start', {
    form: { ...originalParams(motoCredentials), instance_id: `${known},${unknownId}` },
  });

  expect(response.status).toBe(200);
  expect(response.body.summary).toEqual({ requested: 2, succeeded: 1, failed: 1 });
  expect(response.body.instances).toMatchObject([
    { id: known, ok: true, error: null },
    { id: unknownId, ok: false, error: { code: 'INSTANCE_NOT_FOUND' } },
  ]);
});

test('the typed client gets INSTANCE_NOT_FOUND with the AWS details in error.data', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint });
  const client = createEc2Client({ url: server.url, credentials: motoCredentials });

  const error = await trpcFailure(
    client.ec2.start.mutate({ region: 'us-east-1', instanceIds: [unknownId] }),
  );

  expect(error.message).toBe(`Instance ${unknownId} not found in region us-east-1`);
  expect(error.data).toEqual({
    code: 'NOT_FOUND',
    httpStatus: 404,
    path: 'ec2.start',
    apiCode: 'INSTANCE_NOT_FOUND',
    requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    awsCode: 'InvalidInstanceID.NotFound',
    awsRequestId: expect.stringMatching(/\S/),
    region: 'us-east-1',
    instanceIds: [unknownId],
    instances: [notFoundResult(unknownId)],
  });
});

test('stopping an instance with stop protection is a 409 OPERATION_NOT_PERMITTED', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint });
  const id = await launchInstance(motoEc2(moto.endpoint), { disableApiStop: true });

  const response = await http(server.url, '/ec2/stop', {
    method: 'POST',
    query: { ...originalParams(motoCredentials), instance_id: id },
  });

  expect(response.status).toBe(409);
  expect(response.body.error).toMatchObject({
    code: 'OPERATION_NOT_PERMITTED',
    awsCode: 'OperationNotPermitted',
    awsRequestId: expect.stringMatching(/\S/),
    region: 'us-east-1',
  });
  expect(response.body.error.message).toContain(id);
});

test('an access key AWS does not know is a 401 AWS_AUTH_FAILED', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint });
  await moto.server.enforceAuth();

  const response = await http(server.url, '/ec2/list', {
    query: originalParams({ accessKeyId: 'AKIANOSUCHKEY0000000', secretAccessKey: 'x' }),
  });

  expect(response.status).toBe(401);
  expect(response.body.error).toEqual(
    authFailedError(response.headers.get('x-request-id')),
  );
});

test('the typed client gets AWS_AUTH_FAILED for a known key with the wrong secret', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint });
  const user = await createIamUser(moto.endpoint, 'operator', ['ec2:*']);
  await moto.server.enforceAuth();
  const credentials = { ...user, secretAccessKey: `${user.secretAccessKey}x` };
  const client = createEc2Client({ url: server.url, credentials });

  const error = await trpcFailure(client.ec2.list.query({ region: 'us-east-1' }));

  expect(error.data).toMatchObject({
    code: 'UNAUTHORIZED',
    httpStatus: 401,
    apiCode: 'AWS_AUTH_FAILED',
    awsCode: 'AuthFailure',
    awsRequestId: expect.stringMatching(/\S/),
  });
});

test('a user allowed only to describe can list, and stopping is a 403 with AWS message', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint });
  const id = await launchInstance(motoEc2(moto.endpoint));
  const viewer = await createIamUser(moto.endpoint, 'viewer', ['ec2:DescribeInstances']);
  await moto.server.enforceAuth();

  const listed = await http(server.url, '/ec2/list', { query: originalParams(viewer) });
  const stopped = await http(server.url, '/ec2/stop', {
    method: 'POST',
    query: { ...originalParams(viewer), instance_id: id },
  });

  expect(listed.status).toBe(200);
  expect(listed.body.instances.map((i: { id: string }) => i.id)).toEqual([id]);
  expect(stopped.status).toBe(403);
  expect(stopped.body.error).toMatchObject({
    code: 'AWS_UNAUTHORIZED',
    status: 403,
    awsRequestId: expect.stringMatching(/\S/),
    region: 'us-east-1',
  });
  // AWS's own words say which action is missing; the API passes them on.
  expect(stopped.body.error.message).toMatch(
    /^\w+: User: arn:aws:iam::\d+:user\/viewer is not authorized to perform: ec2:StopInstances$/,
  );
});

test('the typed client gets FORBIDDEN with apiCode AWS_UNAUTHORIZED', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint });
  const id = await launchInstance(motoEc2(moto.endpoint));
  const viewer = await createIamUser(moto.endpoint, 'viewer', ['ec2:DescribeInstances']);
  await moto.server.enforceAuth();
  const client = createEc2Client({ url: server.url, credentials: viewer });

  const error = await trpcFailure(
    client.ec2.start.mutate({ region: 'us-east-1', instanceIds: [id] }),
  );

  expect(error.data).toMatchObject({
    code: 'FORBIDDEN',
    httpStatus: 403,
    apiCode: 'AWS_UNAUTHORIZED',
  });
  expect(error.message).toContain('is not authorized to perform: ec2:StartInstances');
});
