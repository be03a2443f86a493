import { createEc2Client } from '@ec2-control/client';
import { decodeAuthorizationMessage, demoInstanceIds as ids } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { heldInstance } from '../support/fleet-state.js';
import { http } from '../support/http.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';

const sandbox = useSandbox({ delays: { pendingMs: 100, stoppingMs: 100 } });

async function server() {
  return startServer({ EC2_ENDPOINT: sandbox.current.endpoint });
}

test('a dry run with full access is allowed for each and stops nothing', async () => {
  const { url } = await server();
  const params = originalParams(sandbox.current.credentials);

  const response = await http(url, '/ec2/stop', {
    form: { ...params, instance_id: [ids.web1, ids.web2], dry_run: 'true' },
  });

  expect(response.status).toBe(200);
  expect(response.body).toEqual({
    region: 'us-east-1',
    dryRun: true,
    summary: { requested: 2, succeeded: 2, failed: 0 },
    instances: [ids.web1, ids.web2].map((id) => ({
      id,
      previousState: null,
      currentState: null,
      ok: true,
      error: null,
    })),
  });
  expect(heldInstance(sandbox.current, ids.web1)?.state).toBe('running');
  expect(heldInstance(sandbox.current, ids.web2)?.state).toBe('running');
});

test('a dry run with a read-only key is a 200 with each denial', async () => {
  const { url } = await server();
  const client = createEc2Client({
    url,
    credentials: sandbox.current.readOnlyCredentials,
  });

  const result = await client.ec2.start.mutate({
    region: 'us-east-1',
    instanceIds: [ids.worker1],
    dryRun: true,
  });

  expect(result.dryRun).toBe(true);
  expect(result.summary).toEqual({ requested: 1, succeeded: 0, failed: 1 });
  const error = result.instances[0]?.error;
  expect(error).toMatchObject({
    code: 'AWS_UNAUTHORIZED',
    awsCode: 'UnauthorizedOperation',
  });
  // AWS's encoded message is passed on whole, so it can be decoded as usual.
  const encoded =
    error?.message.split('Encoded authorization failure message: ')[1] ?? '';
  expect(decodeAuthorizationMessage(encoded)).toMatchObject({
    allowed: false,
    context: { action: 'ec2:StartInstances' },
  });
  expect(heldInstance(sandbox.current, ids.worker1)?.state).toBe('stopped');
});

test('a dry run does not wait, as there is nothing to wait for', async () => {
  const { url } = await server();
  const params = originalParams(sandbox.current.credentials);

  const response = await http(url, '/ec2/start', {
    json: { ...params, instance_id: [ids.worker1], dry_run: true, wait: true },
  });

  expect(response.status).toBe(200);
  expect(response.body.dryRun).toBe(true);
  expect(response.body.instances).toEqual([
    { id: ids.worker1, previousState: null, currentState: null, ok: true, error: null },
  ]);
  expect(heldInstance(sandbox.current, ids.worker1)?.state).toBe('stopped');
});
