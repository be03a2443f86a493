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
