import { createEc2Client } from '@ec2-control/client';
import { demoInstanceIds as ids } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { notFoundError } from '../support/api-errors.js';
import { http } from '../support/http.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { trpcFailure } from '../support/trpc.js';

// Stopping lasts long enough for a second call to find the instance still stopping.
const sandbox = useSandbox({ delays: { pendingMs: 100, stoppingMs: 10_000 } });

// Well formed, so it passes validation and reaches the sandbox, which has never seen it.
const unknownId = 'i-0123456789abcdef0';

async function server() {
  return startServer({ EC2_ENDPOINT: sandbox.current.endpoint, AWS_MAX_ATTEMPTS: '2' });
}

function post(url: string, path: string, id: string) {
  const params = originalParams(sandbox.current.credentials);
  return http(url, path, { form: { ...params, instance_id: id } });
}

test('starting without capacity is a 503 AWS_CAPACITY', async () => {
  const { url } = await server();
  sandbox.current.admin.addFault({
    kind: 'insufficient-capacity',
    instanceIds: [ids.worker1],
  });

  const response = await post(url, '/ec2/start', ids.worker1);

  expect(response.status).toBe(503);
  expect(response.body.error).toMatchObject({
    code: 'AWS_CAPACITY',
    status: 503,
    awsCode: 'InsufficientInstanceCapacity',
    awsRequestId: expect.stringMatching(/\S/),
    region: 'us-east-1',
  });
  expect(response.body.error.message).toMatch(
    /^InsufficientInstanceCapacity: .*c5\.xlarge/,
  );
});

test('starting a stopping instance is a 409 INCORRECT_INSTANCE_STATE', async () => {
  const { url } = await server();
  const stopped = await post(url, '/ec2/stop', ids.web2);

  const response = await post(url, '/ec2/start', ids.web2);

  expect(stopped.body.instances).toMatchObject([{ currentState: 'stopping' }]);
  expect(response.status).toBe(409);
  expect(response.body.error).toMatchObject({
    code: 'INCORRECT_INSTANCE_STATE',
    status: 409,
    awsCode: 'IncorrectInstanceState',
    awsRequestId: expect.stringMatching(/\S/),
    region: 'us-east-1',
  });
  expect(response.body.error.message).toContain(ids.web2);
});

test('stopping a protected instance is a 409 OPERATION_NOT_PERMITTED', async () => {
  const { url } = await server();
  sandbox.current.admin.addFault({ kind: 'stop-protection', instanceIds: [ids.web1] });

  const response = await post(url, '/ec2/stop', ids.web1);

  expect(response.status).toBe(409);
  expect(response.body.error).toMatchObject({
    code: 'OPERATION_NOT_PERMITTED',
    status: 409,
    awsCode: 'OperationNotPermitted',
    awsRequestId: expect.stringMatching(/\S/),
  });
  expect(response.body.error.message).toContain(ids.web1);
});

test('an instance unknown in the region is a 404 naming the id and region', async () => {
  const { url } = await server();

  const response = await post(url, '/ec2/stop', unknownId);

  expect(response.status).toBe(404);
  expect(response.body.error).toEqual(
    notFoundError(unknownId, response.headers.get('x-request-id')),
  );
});

test('the typed client gets NOT_FOUND for an instance of another region', async () => {
  const { url } = await server();
  const client = createEc2Client({ url, credentials: sandbox.current.credentials });

  const error = await trpcFailure(
    client.ec2.start.mutate({ region: 'eu-west-1', instanceIds: [ids.worker1] }),
  );

  expect(error.message).toBe(`Instance ${ids.worker1} not found in region eu-west-1`);
  expect(error.data).toMatchObject({
    code: 'NOT_FOUND',
    httpStatus: 404,
    apiCode: 'INSTANCE_NOT_FOUND',
    region: 'eu-west-1',
    instanceIds: [ids.worker1],
  });
});
