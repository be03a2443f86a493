import { createEc2Client } from '@ec2-control/client';
import { demoInstanceIds as ids } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { heldInstance } from '../support/fleet-state.js';
import { http } from '../support/http.js';
import { stateChange } from '../support/instance-results.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';

// Stopping lasts long enough for the sandbox to still show it after the call.
const sandbox = useSandbox({ delays: { pendingMs: 100, stoppingMs: 10_000 } });

async function server() {
  return startServer({ EC2_ENDPOINT: sandbox.current.endpoint });
}

function post(url: string, path: string, form: Record<string, string | string[]>) {
  const params = originalParams(sandbox.current.credentials);
  return http(url, path, { form: { ...params, ...form } });
}

test('analytics-1, configured for hibernation, hibernates', async () => {
  const { url } = await server();
  const client = createEc2Client({ url, credentials: sandbox.current.credentials });

  const result = await client.ec2.stop.mutate({
    region: 'us-east-1',
    instanceIds: [ids.analytics1],
    hibernate: true,
  });

  expect(result.instances).toEqual([
    {
      ...stateChange(ids.analytics1, 'running', 'stopping'),
      hibernated: true,
      fellBackToStop: false,
    },
  ]);
  expect(heldInstance(sandbox.current, ids.analytics1)?.stateReason).toBe(
    'Client.UserInitiatedHibernate',
  );
});

test('without fallback, one that cannot hibernate fails alone', async () => {
  const { url } = await server();

  const response = await post(url, '/ec2/stop', {
    instance_id: [ids.web1, ids.analytics1],
    hibernate: 'true',
  });

  expect(response.status).toBe(200);
  expect(response.body.summary).toEqual({ requested: 2, succeeded: 1, failed: 1 });
  expect(response.body.instances[0]).toMatchObject({
    id: ids.web1,
    ok: false,
    error: {
      code: 'HIBERNATION_UNSUPPORTED',
      awsCode: 'UnsupportedHibernationConfiguration',
    },
    hibernated: false,
    fellBackToStop: false,
  });
  expect(response.body.instances[1]).toMatchObject({ ok: true, hibernated: true });
  expect(heldInstance(sandbox.current, ids.web1)?.state).toBe('running');
});

test('a lone instance that cannot hibernate is a 409', async () => {
  const { url } = await server();

  const response = await post(url, '/ec2/stop', {
    instance_id: ids.web1,
    hibernate: '1',
  });

  expect(response.status).toBe(409);
  expect(response.body.error).toMatchObject({
    code: 'HIBERNATION_UNSUPPORTED',
    status: 409,
    awsCode: 'UnsupportedHibernationConfiguration',
  });
  expect(response.body.error.message).toContain(ids.web1);
});

test('with fallback, instances that cannot hibernate are stopped plainly', async () => {
  const { url } = await server();

  const response = await post(url, '/ec2/stop', {
    instance_id: [ids.web1, ids.analytics1],
    hibernate: 'true',
    hibernate_fallback: 'true',
  });

  expect(response.status).toBe(200);
  expect(response.body.summary).toEqual({ requested: 2, succeeded: 2, failed: 0 });
  expect(response.body.instances).toEqual([
    {
      ...stateChange(ids.web1, 'running', 'stopping'),
      hibernated: false,
      fellBackToStop: true,
    },
    {
      ...stateChange(ids.analytics1, 'running', 'stopping'),
      hibernated: true,
      fellBackToStop: false,
    },
  ]);
  expect(heldInstance(sandbox.current, ids.web1)?.stateReason).toBe(
    'Client.UserInitiatedShutdown',
  );
  expect(heldInstance(sandbox.current, ids.analytics1)?.stateReason).toBe(
    'Client.UserInitiatedHibernate',
  );
});

test('a forced stop stops the instance', async () => {
  const { url } = await server();
  const client = createEc2Client({ url, credentials: sandbox.current.credentials });

  const result = await client.ec2.stop.mutate({
    region: 'us-east-1',
    instanceIds: [ids.api1],
    force: true,
  });

  expect(result.instances).toEqual([stateChange(ids.api1, 'running', 'stopping')]);
  expect(heldInstance(sandbox.current, ids.api1)?.state).toBe('stopping');
});
