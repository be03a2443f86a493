import { createEc2Client } from '@ec2-control/client';
import { demoInstanceIds as ids } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { heldInstance } from '../support/fleet-state.js';
import { http } from '../support/http.js';
import { stateChange } from '../support/instance-results.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';

const sandbox = useSandbox({ delays: { pendingMs: 150, stoppingMs: 150 } });

const capacityReason = {
  code: 'Server.InsufficientInstanceCapacity',
  message:
    'Server.InsufficientInstanceCapacity: ' +
    'Insufficient capacity to satisfy instance request',
};

async function server() {
  return startServer({ EC2_ENDPOINT: sandbox.current.endpoint, WAIT_POLL_MS: '20' });
}

test('start with wait answers once the instance is running', async () => {
  const { url } = await server();
  const client = createEc2Client({ url, credentials: sandbox.current.credentials });

  const result = await client.ec2.start.mutate({
    region: 'us-east-1',
    instanceIds: [ids.worker1],
    wait: true,
  });

  expect(result.instances).toEqual([
    {
      ...stateChange(ids.worker1, 'stopped', 'pending'),
      finalState: 'running',
      stateReason: null,
      outcome: 'reached',
    },
  ]);
  expect(heldInstance(sandbox.current, ids.worker1)?.state).toBe('running');
});

test('POST /ec2/stop with wait=true answers once the instance is stopped', async () => {
  const { url } = await server();
  const params = originalParams(sandbox.current.credentials);

  const response = await http(url, '/ec2/stop', {
    form: { ...params, instance_id: ids.web1, wait: 'true', wait_timeout_seconds: '30' },
  });

  expect(response.status).toBe(200);
  expect(response.body.instances).toEqual([
    {
      ...stateChange(ids.web1, 'running', 'stopping'),
      finalState: 'stopped',
      stateReason: {
        code: 'Client.UserInitiatedShutdown',
        message: 'Client.UserInitiatedShutdown: User initiated shutdown',
      },
      outcome: 'reached',
    },
  ]);
});

test('a start that falls back to stopped is fell-back, never a success', async () => {
  const { url } = await server();
  const client = createEc2Client({ url, credentials: sandbox.current.credentials });
  sandbox.current.admin.addFault({
    kind: 'start-falls-back',
    instanceIds: [ids.euBatch1],
  });

  const result = await client.ec2.start.mutate({
    region: 'eu-west-1',
    instanceIds: [ids.euWeb2, ids.euBatch1],
    wait: true,
  });

  expect(result.summary).toEqual({ requested: 2, succeeded: 1, failed: 1 });
  expect(result.instances[0]).toMatchObject({ ok: true, outcome: 'reached' });
  expect(result.instances[1]).toEqual({
    id: ids.euBatch1,
    previousState: 'stopped',
    currentState: 'pending',
    ok: false,
    error: {
      code: 'AWS_CAPACITY',
      awsCode: capacityReason.code,
      message: `Instance ${ids.euBatch1} went back to stopped: ${capacityReason.message}`,
    },
    finalState: 'stopped',
    stateReason: capacityReason,
    outcome: 'fell-back',
  });
});

test('a lone start that falls back is a 503 carrying its result', async () => {
  const { url } = await server();
  const params = originalParams(sandbox.current.credentials);
  sandbox.current.admin.addFault({
    kind: 'start-falls-back',
    instanceIds: [ids.worker1],
  });

  const response = await http(url, '/ec2/start', {
    json: { ...params, instance_id: ids.worker1, wait: true },
  });

  expect(response.status).toBe(503);
  expect(response.body.error).toMatchObject({
    code: 'AWS_CAPACITY',
    awsCode: capacityReason.code,
    region: 'us-east-1',
    instanceIds: [ids.worker1],
    instances: [
      { id: ids.worker1, ok: false, finalState: 'stopped', outcome: 'fell-back' },
    ],
  });
});

test('instances EC2 refused are not waited for and say so', async () => {
  const { url } = await server();
  const client = createEc2Client({ url, credentials: sandbox.current.credentials });

  const result = await client.ec2.stop.mutate({
    region: 'us-east-1',
    instanceIds: [ids.legacy1, ids.api1],
    wait: true,
  });

  expect(
    result.instances.map(({ ok, finalState, outcome }) => ({ ok, finalState, outcome })),
  ).toEqual([
    { ok: false, finalState: null, outcome: 'rejected' },
    { ok: true, finalState: 'stopped', outcome: 'reached' },
  ]);
});
