import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import {
  launchInstance,
  motoCredentials,
  stateOf,
  stopInstances,
} from '../support/ec2.js';
import { http } from '../support/http.js';
import { stateChange } from '../support/instance-results.js';
import { useMoto } from '../support/moto.js';
import { serveMoto } from '../support/moto-server.js';
import { originalParams } from '../support/original-params.js';

const moto = useMoto();

const original = originalParams(motoCredentials);

test('the typed client stops running instances and reports each state change', async () => {
  const { server, ec2 } = await serveMoto(moto);
  const first = await launchInstance(ec2);
  const second = await launchInstance(ec2);
  const client = createEc2Client({ url: server.url, credentials: motoCredentials });

  const result = await client.ec2.stop.mutate({
    region: 'us-east-1',
    instanceIds: [second, first],
  });

  expect(result).toEqual({
    region: 'us-east-1',
    dryRun: false,
    summary: { requested: 2, succeeded: 2, failed: 0 },
    instances: [
      stateChange(second, 'running', 'stopping'),
      stateChange(first, 'running', 'stopping'),
    ],
  });
  expect(await stateOf(ec2, first)).toBe('stopped');
  expect(await stateOf(ec2, second)).toBe('stopped');
});

test('the typed client starts stopped instances and reports each state change', async () => {
  const { server, ec2 } = await serveMoto(moto);
  const id = await launchInstance(ec2);
  await stopInstances(ec2, [id]);
  const client = createEc2Client({ url: server.url, credentials: motoCredentials });

  const result = await client.ec2.start.mutate({
    region: 'us-east-1',
    instanceIds: [id],
  });

  expect(result).toEqual({
    region: 'us-east-1',
    dryRun: false,
    summary: { requested: 1, succeeded: 1, failed: 0 },
    instances: [stateChange(id, 'stopped', 'pending')],
  });
  expect(await stateOf(ec2, id)).toBe('running');
});

test('POST /ec2/stop takes instance_id in the query string', async () => {
  const { server, ec2 } = await serveMoto(moto);
  const id = await launchInstance(ec2);

  const response = await http(server.url, '/ec2/stop', {
    method: 'POST',
    query: { ...original, instance_id: id },
  });

  expect(response.status).toBe(200);
  expect(response.body).toEqual({
    region: 'us-east-1',
    dryRun: false,
    summary: { requested: 1, succeeded: 1, failed: 0 },
    instances: [stateChange(id, 'running', 'stopping')],
  });
  expect(await stateOf(ec2, id)).toBe('stopped');
});

test('POST /ec2/start takes InstanceId in the query string', async () => {
  const { server, ec2 } = await serveMoto(moto);
  const id = await launchInstance(ec2);
  await stopInstances(ec2, [id]);

  const response = await http(server.url, '/ec2/start', {
    method: 'POST',
    query: { ...original, InstanceId: id },
  });

  expect(response.status).toBe(200);
  expect(response.body).toEqual({
    region: 'us-east-1',
    dryRun: false,
    summary: { requested: 1, succeeded: 1, failed: 0 },
    instances: [stateChange(id, 'stopped', 'pending')],
  });
  expect(await stateOf(ec2, id)).toBe('running');
});

test('POST /ec2/stop takes several ids as repeated instance_id parameters', async () => {
  const { server, ec2 } = await serveMoto(moto);
  const ids = [await launchInstance(ec2), await launchInstance(ec2)];

  const response = await http(server.url, '/ec2/stop', {
    method: 'POST',
    query: { ...original, instance_id: ids },
  });

  expect(response.status).toBe(200);
  expect(response.body.instances).toEqual(
    ids.map((id) => stateChange(id, 'running', 'stopping')),
  );
});

test('POST /ec2/start takes several ids comma-separated in a form body', async () => {
  const { server, ec2 } = await serveMoto(moto);
  const ids = [await launchInstance(ec2), await launchInstance(ec2)];
  await stopInstances(ec2, ids);

  const response = await http(server.url, '/ec2/start', {
    form: { ...original, instance_id: ids.join(',') },
  });

  expect(response.status).toBe(200);
  expect(response.body.instances).toEqual(
    ids.map((id) => stateChange(id, 'stopped', 'pending')),
  );
});

test('POST /ec2/stop takes several ids as a JSON array', async () => {
  const { server, ec2 } = await serveMoto(moto);
  const ids = [await launchInstance(ec2), await launchInstance(ec2)];

  const response = await http(server.url, '/ec2/stop', {
    json: { ...original, InstanceId: ids },
  });

  expect(response.status).toBe(200);
  expect(response.body.instances.map((change: { id: string }) => change.id)).toEqual(ids);
  expect(await stateOf(ec2, ids[1] ?? '')).toBe('stopped');
});
