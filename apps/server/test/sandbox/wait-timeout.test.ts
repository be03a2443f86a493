import { createEc2Client } from '@ec2-control/client';
import { demoInstanceIds as ids } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { heldInstance } from '../support/fleet-state.js';
import { http } from '../support/http.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';

// Transitions far longer than the waits below, so every wait runs out.
const sandbox = useSandbox({ delays: { pendingMs: 600_000, stoppingMs: 600_000 } });

async function server() {
  return startServer({ EC2_ENDPOINT: sandbox.current.endpoint, WAIT_POLL_MS: '50' });
}

test('a wait that runs out reports timed-out with the state last seen', async () => {
  const { url } = await server();
  const client = createEc2Client({ url, credentials: sandbox.current.credentials });

  // worker1 is stopped already, so its wait ends at once.
  const result = await client.ec2.stop.mutate({
    region: 'us-east-1',
    instanceIds: [ids.worker1, ids.web1],
    wait: true,
    waitTimeoutSeconds: 1,
  });

  expect(result.summary).toEqual({ requested: 2, succeeded: 1, failed: 1 });
  expect(result.instances[0]).toMatchObject({ ok: true, outcome: 'reached' });
  expect(result.instances[1]).toEqual({
    id: ids.web1,
    previousState: 'running',
    currentState: 'stopping',
    ok: false,
    error: {
      code: 'WAIT_TIMED_OUT',
      awsCode: null,
      message: `Instance ${ids.web1} was not stopped after 1 s; last seen stopping`,
    },
    finalState: 'stopping',
    stateReason: {
      code: 'Client.UserInitiatedShutdown',
      message: 'Client.UserInitiatedShutdown: User initiated shutdown',
    },
    outcome: 'timed-out',
  });
  expect(heldInstance(sandbox.current, ids.web1)?.state).toBe('stopping');
});

test('a start whose only instance times out is a 504 WAIT_TIMED_OUT', async () => {
  const { url } = await server();
  const params = originalParams(sandbox.current.credentials);

  const response = await http(url, '/ec2/start', {
    form: { ...params, instance_id: ids.worker1, wait: '1', wait_timeout_seconds: '1' },
  });

  expect(response.status).toBe(504);
  expect(response.body.error).toMatchObject({
    code: 'WAIT_TIMED_OUT',
    message: `Instance ${ids.worker1} was not running after 1 s; last seen pending`,
    instances: [{ id: ids.worker1, currentState: 'pending', outcome: 'timed-out' }],
  });
});
