import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import {
  launchInstance,
  motoCredentials,
  stateOf,
  stopInstances,
} from '../support/ec2.js';
import { http } from '../support/http.js';
import { createIamUser } from '../support/iam.js';
import { useMoto } from '../support/moto.js';
import { serveMoto } from '../support/moto-server.js';
import { originalParams } from '../support/original-params.js';

const moto = useMoto();

const original = originalParams(motoCredentials);

const unknownId = 'i-0123456789abcdef0';

test('a dry run moto would allow is ok for each instance and stops nothing', async () => {
  const { server, ec2 } = await serveMoto(moto);
  const id = await launchInstance(ec2);

  const response = await http(server.url, '/ec2/stop', {
    form: { ...original, instance_id: id, dry_run: 'true' },
  });

  expect(response.status).toBe(200);
  expect(response.body).toEqual({
    region: 'us-east-1',
    dryRun: true,
    summary: { requested: 1, succeeded: 1, failed: 0 },
    instances: [{ id, previousState: null, currentState: null, ok: true, error: null }],
  });
  expect(await stateOf(ec2, id)).toBe('running');
});

test('a dry run by a user who may only describe answers with the denial', async () => {
  const { server, ec2 } = await serveMoto(moto);
  const id = await launchInstance(ec2);
  await stopInstances(ec2, [id]);
  const viewer = await createIamUser(moto.endpoint, 'viewer', ['ec2:DescribeInstances']);
  await moto.server.enforceAuth();
  const client = createEc2Client({ url: server.url, credentials: viewer });

  const result = await client.ec2.start.mutate({
    region: 'us-east-1',
    instanceIds: [id],
    dryRun: true,
  });

  expect(result.summary).toEqual({ requested: 1, succeeded: 0, failed: 1 });
  expect(result.instances[0]?.error).toMatchObject({ code: 'AWS_UNAUTHORIZED' });
  expect(result.instances[0]?.error?.message).toContain(
    'is not authorized to perform: ec2:StartInstances',
  );
});

test('an unknown id fails alone; the others stop and are waited for', async () => {
  const { server, ec2 } = await serveMoto(moto, { WAIT_POLL_MS: '20' });
  const id = await launchInstance(ec2);
  const client = createEc2Client({ url: server.url, credentials: motoCredentials });

  const result = await client.ec2.stop.mutate({
    region: 'us-east-1',
    instanceIds: [unknownId, id],
    wait: true,
  });

  expect(result.summary).toEqual({ requested: 2, succeeded: 1, failed: 1 });
  expect(result.instances[0]).toMatchObject({
    id: unknownId,
    ok: false,
    error: { code: 'INSTANCE_NOT_FOUND' },
    outcome: 'rejected',
  });
  expect(result.instances[1]).toMatchObject({
    id,
    ok: true,
    finalState: 'stopped',
    outcome: 'reached',
  });
  expect(await stateOf(ec2, id)).toBe('stopped');
});
