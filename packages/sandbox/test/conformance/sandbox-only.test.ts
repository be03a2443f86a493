import {
  DescribeInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { expect, test } from 'vitest';
import { useClockedSandbox } from '../support/clocked-sandbox.js';
import { ec2Client, rejection } from '../support/sandbox.js';
import { instancesOf } from './harness.js';
import { seedInstances } from './seed.js';

// Where the sandbox follows EC2 and moto does not, so these cannot be shared scenarios.
// Each follows the EC2 documentation page named above it.

const DELAY_MS = 100;

const clocked = useClockedSandbox(DELAY_MS, { fleet: { instances: [] } });
const { clock } = clocked;

async function launch(): Promise<string> {
  const { web } = await seedInstances(clocked.ec2, {
    web: { instanceType: 't3.micro', availabilityZone: 'us-east-1a' },
  });

  return web;
}

async function stateOf(id: string): Promise<string | undefined> {
  const output = await clocked.ec2.send(
    new DescribeInstancesCommand({ InstanceIds: [id] }),
  );

  return instancesOf(output)[0]?.State?.Name;
}

// "Instance lifecycle": pending until the instance boots; moto lists it running at once.
test('a launched instance is pending for the delay, then running', async () => {
  const id = await launch();
  expect(await stateOf(id)).toBe('pending');

  clock.advance(DELAY_MS);
  expect(await stateOf(id)).toBe('running');
});

// "Instance lifecycle": stopping until it has shut down; moto lists it stopped at once.
test('a stopped instance is stopping for the delay, then stopped', async () => {
  const id = await launch();
  clock.advance(DELAY_MS);

  await clocked.ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
  expect(await stateOf(id)).toBe('stopping');

  clock.advance(DELAY_MS);
  expect(await stateOf(id)).toBe('stopped');
});

// "Error codes for the Amazon EC2 API": a misshapen id is Malformed; moto says NotFound.
test('an instance id of the wrong form is InvalidInstanceID.Malformed', async () => {
  const error = await rejection(
    clocked.ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-xyz'] })),
  );

  expect(error).toMatchObject({
    name: 'InvalidInstanceID.Malformed',
    $metadata: { httpStatusCode: 400 },
  });
});

// "StartInstances" (EC2 API reference): terminated instances stay down; moto starts them.
test('a terminated instance refuses to start with IncorrectInstanceState', async () => {
  const id = await launch();
  await clocked.ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
  clock.advance(DELAY_MS);

  const error = await rejection(
    clocked.ec2.send(new StartInstancesCommand({ InstanceIds: [id] })),
  );

  expect(error).toMatchObject({
    name: 'IncorrectInstanceState',
    $metadata: { httpStatusCode: 400 },
  });
  expect(await stateOf(id)).toBe('terminated');
});

// "Error codes for the Amazon EC2 API": AuthFailure; moto takes any key by default.
test('an unknown key or a bad signature is an AuthFailure with status 401', async () => {
  const unknownKey = { accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 'secret' };
  const wrongSecret = {
    ...clocked.sandbox.credentials,
    secretAccessKey: 'not-the-secret',
  };

  for (const credentials of [unknownKey, wrongSecret]) {
    const client = ec2Client(clocked.sandbox, { credentials });
    const error = await rejection(client.send(new DescribeInstancesCommand({})));

    expect(error).toMatchObject({
      name: 'AuthFailure',
      $metadata: { httpStatusCode: 401 },
    });
  }
});

// "Request throttling for the Amazon EC2 API": RequestLimitExceeded; moto has no faults.
test('a throttle fault answers RequestLimitExceeded with status 503', async () => {
  clocked.sandbox.admin.setFaults([{ kind: 'throttle', count: 1 }]);

  const error = await rejection(clocked.ec2.send(new DescribeInstancesCommand({})));

  expect(error).toMatchObject({
    name: 'RequestLimitExceeded',
    $metadata: { httpStatusCode: 503 },
  });
});
