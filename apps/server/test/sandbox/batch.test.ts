import { createEc2Client } from '@ec2-control/client';
import { demoInstanceIds as ids } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { heldInstance } from '../support/fleet-state.js';
import { http } from '../support/http.js';
import { notFoundResult, stateChange } from '../support/instance-results.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { trpcFailure } from '../support/trpc.js';

// Stopping lasts long enough for the sandbox to still show it after the call.
const sandbox = useSandbox({ delays: { pendingMs: 10_000, stoppingMs: 10_000 } });

// Well formed, so it passes validation and reaches the sandbox, which has never seen it.
const unknownId = 'i-0123456789abcdef0';
const otherUnknownId = 'i-0fedcba9876543210';

async function server() {
  return startServer({ EC2_ENDPOINT: sandbox.current.endpoint });
}

test('one unknown id does not stop the others: 200 with each outcome', async () => {
  const { url } = await server();
  const params = originalParams(sandbox.current.credentials);

  const response = await http(url, '/ec2/stop', {
    form: { ...params, instance_id: [unknownId, ids.web1, ids.web2] },
  });

  expect(response.status).toBe(200);
  expect(response.body).toEqual({
    region: 'us-east-1',
    dryRun: false,
    summary: { requested: 3, succeeded: 2, failed: 1 },
    instances: [
      notFoundResult(unknownId),
      stateChange(ids.web1, 'running', 'stopping'),
      stateChange(ids.web2, 'running', 'stopping'),
    ],
  });
  expect(heldInstance(sandbox.current, ids.web1)?.state).toBe('stopping');
});

test('a terminated instance fails alone with its state error', async () => {
  const { url } = await server();
  const client = createEc2Client({ url, credentials: sandbox.current.credentials });

  const result = await client.ec2.stop.mutate({
    region: 'us-east-1',
    instanceIds: [ids.legacy1, ids.api1],
  });

  expect(result.summary).toEqual({ requested: 2, succeeded: 1, failed: 1 });
  expect(result.instances[0]).toMatchObject({
    id: ids.legacy1,
    ok: false,
    error: { code: 'INCORRECT_INSTANCE_STATE', awsCode: 'IncorrectInstanceState' },
  });
  expect(result.instances[0]?.error?.message).toContain(ids.legacy1);
  expect(result.instances[1]).toMatchObject({
    id: ids.api1,
    ok: true,
    currentState: 'stopping',
  });
});

test('an instance without capacity fails alone while the other starts', async () => {
  const { url } = await server();
  const client = createEc2Client({ url, credentials: sandbox.current.credentials });
  sandbox.current.admin.addFault({
    kind: 'insufficient-capacity',
    instanceIds: [ids.euBatch1],
  });

  const result = await client.ec2.start.mutate({
    region: 'eu-west-1',
    instanceIds: [ids.euBatch1, ids.euWeb2],
  });

  expect(result.summary).toEqual({ requested: 2, succeeded: 1, failed: 1 });
  expect(result.instances).toEqual([
    {
      id: ids.euBatch1,
      previousState: null,
      currentState: null,
      ok: false,
      error: {
        code: 'AWS_CAPACITY',
        awsCode: 'InsufficientInstanceCapacity',
        message: expect.stringMatching(/^InsufficientInstanceCapacity: /),
      },
    },
    stateChange(ids.euWeb2, 'stopped', 'pending'),
  ]);
  expect(heldInstance(sandbox.current, ids.euBatch1, 'eu-west-1')?.state).toBe('stopped');
  expect(heldInstance(sandbox.current, ids.euWeb2, 'eu-west-1')?.state).toBe('pending');
});

test('when every id fails, the first failure sets the status and keeps all', async () => {
  const { url } = await server();
  const params = originalParams(sandbox.current.credentials);

  const response = await http(url, '/ec2/start', {
    json: { ...params, instance_id: [ids.legacy1, unknownId, otherUnknownId] },
  });

  expect(response.status).toBe(409);
  expect(response.body.error).toMatchObject({
    code: 'INCORRECT_INSTANCE_STATE',
    awsCode: 'IncorrectInstanceState',
    region: 'us-east-1',
  });
  expect(
    response.body.error.instances.map(
      (entry: { id: string; ok: boolean; error: { code: string } }) => [
        entry.id,
        entry.ok,
        entry.error.code,
      ],
    ),
  ).toEqual([
    [ids.legacy1, false, 'INCORRECT_INSTANCE_STATE'],
    [unknownId, false, 'INSTANCE_NOT_FOUND'],
    [otherUnknownId, false, 'INSTANCE_NOT_FOUND'],
  ]);
});

test('the typed client sees each result in the error data when all fail', async () => {
  const { url } = await server();
  const client = createEc2Client({ url, credentials: sandbox.current.credentials });

  const error = await trpcFailure(
    client.ec2.stop.mutate({
      region: 'us-east-1',
      instanceIds: [unknownId, otherUnknownId],
    }),
  );

  expect(error.data).toMatchObject({ httpStatus: 404, apiCode: 'INSTANCE_NOT_FOUND' });
  expect(error.data?.instances?.map((entry) => entry.error?.message)).toEqual([
    `Instance ${unknownId} not found in region us-east-1`,
    `Instance ${otherUnknownId} not found in region us-east-1`,
  ]);
});
