import { setTimeout as sleep } from 'node:timers/promises';
import { createEc2Client, type Ec2Client } from '@ec2-control/client';
import { demoInstanceIds as ids } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { http } from '../support/http.js';
import { stateChange } from '../support/instance-results.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';

const DELAY_MS = 150;
// The sandbox dates a transition when it answers; a little slack covers timer jitter.
const SETTLED_MS = DELAY_MS + 50;

const sandbox = useSandbox({ delays: { pendingMs: DELAY_MS, stoppingMs: DELAY_MS } });

async function clientFor() {
  const { endpoint, credentials } = sandbox.current;
  const server = await startServer({ EC2_ENDPOINT: endpoint });
  return createEc2Client({ url: server.url, credentials });
}

async function stateOf(client: Ec2Client, id: string) {
  const { instances } = await client.ec2.list.query({ region: 'us-east-1' });
  return instances.find((instance) => instance.id === id)?.state;
}

test('starting a stopped instance reports pending, then it runs', async () => {
  const client = await clientFor();

  const result = await client.ec2.start.mutate({
    region: 'us-east-1',
    instanceIds: [ids.worker1],
  });

  expect(result).toEqual({
    region: 'us-east-1',
    dryRun: false,
    summary: { requested: 1, succeeded: 1, failed: 0 },
    instances: [stateChange(ids.worker1, 'stopped', 'pending')],
  });
  await sleep(SETTLED_MS);
  expect(await stateOf(client, ids.worker1)).toBe('running');
});

test('stopping a running instance reports stopping, then it stops', async () => {
  const client = await clientFor();

  const result = await client.ec2.stop.mutate({
    region: 'us-east-1',
    instanceIds: [ids.web1],
  });

  expect(result.instances).toEqual([stateChange(ids.web1, 'running', 'stopping')]);
  await sleep(SETTLED_MS);
  expect(await stateOf(client, ids.web1)).toBe('stopped');
});

test('POST /ec2/start and /ec2/stop take the original parameters', async () => {
  const { endpoint, credentials } = sandbox.current;
  const server = await startServer({ EC2_ENDPOINT: endpoint });
  const params = originalParams(credentials, 'eu-west-1');

  const started = await http(server.url, '/ec2/start', {
    form: { ...params, instance_id: ids.euWeb2 },
  });
  const stopped = await http(server.url, '/ec2/stop', {
    form: { ...params, instance_id: ids.euWeb1 },
  });

  expect(started.status).toBe(200);
  expect(started.body).toEqual({
    region: 'eu-west-1',
    dryRun: false,
    summary: { requested: 1, succeeded: 1, failed: 0 },
    instances: [stateChange(ids.euWeb2, 'stopped', 'pending')],
  });
  expect(stopped.status).toBe(200);
  expect(stopped.body.instances).toEqual([
    stateChange(ids.euWeb1, 'running', 'stopping'),
  ]);
});

test('states reported by the server match what the sandbox holds', async () => {
  const client = await clientFor();

  await client.ec2.stop.mutate({ region: 'us-east-1', instanceIds: [ids.api1] });
  await sleep(SETTLED_MS);

  const [region] = sandbox.current.admin.state({ region: 'us-east-1' }).regions;
  const held = region?.instances.find((instance) => instance.instanceId === ids.api1);
  expect(held?.state).toBe('stopped');
  expect(await stateOf(client, ids.api1)).toBe('stopped');
});
