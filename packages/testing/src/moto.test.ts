import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { type MotoServer, startMoto } from './moto.js';

let moto: MotoServer;

beforeAll(async () => {
  moto = await startMoto();
});

afterAll(async () => {
  await moto.stop();
});

test('moto answers EC2 calls on the port it reported', async () => {
  const ec2 = new EC2Client({
    endpoint: moto.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });

  const { Regions } = await ec2.send(new DescribeRegionsCommand({}));
  ec2.destroy();

  expect(Regions?.map((region) => region.RegionName)).toContain('eu-west-1');
});

test('reset succeeds', async () => {
  await expect(moto.reset()).resolves.toBeUndefined();
});

test('enforceAuth rejects unknown keys until the next reset', async () => {
  const ec2 = new EC2Client({
    endpoint: moto.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'testing' },
  });

  await moto.enforceAuth();
  const denied = await ec2.send(new DescribeRegionsCommand({})).catch((error) => error);
  await moto.reset();
  const { Regions } = await ec2.send(new DescribeRegionsCommand({}));
  ec2.destroy();

  expect(denied).toMatchObject({ name: 'AuthFailure' });
  expect(Regions?.length).toBeGreaterThan(0);
});

test('env reaches the moto process', async () => {
  const configured = await startMoto({ env: { INITIAL_NO_AUTH_ACTION_COUNT: '7' } });

  // reset-auth answers with the setting it replaces, which moto read from its env.
  const response = await fetch(`${configured.endpoint}/moto-api/reset-auth`, {
    method: 'POST',
    body: 'inf',
  });
  await configured.stop();

  expect(await response.json()).toMatchObject({
    PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT: '7.0',
  });
});
