import {
  DescribeInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';
import { expect, test } from 'vitest';
import { type FaultRule, demoInstanceIds as ids, startSandbox } from '../src/index.js';
import { useClockedSandbox } from './support/clocked-sandbox.js';
import { ec2Client, rejection } from './support/sandbox.js';

const DELAY_MS = 1000;

const clocked = useClockedSandbox(DELAY_MS);
const { clock } = clocked;

function describeAll(client = clocked.ec2) {
  return client.send(new DescribeInstancesCommand({}));
}

async function outcomes(calls: number): Promise<string[]> {
  const results: string[] = [];
  for (let call = 0; call < calls; call += 1) {
    results.push(
      await describeAll().then(
        () => 'ok',
        (error: Error) => error.name,
      ),
    );
  }

  return results;
}

async function stateOf(id: string): Promise<string | undefined> {
  const output = await clocked.ec2.send(
    new DescribeInstancesCommand({ InstanceIds: [id] }),
  );

  return output.Reservations?.[0]?.Instances?.[0]?.State?.Name;
}

test('throttling the next two calls answers RequestLimitExceeded, 503', async () => {
  clocked.sandbox.admin.setFaults([{ kind: 'throttle', count: 2 }]);
  const error = await rejection(describeAll());

  expect(error).toMatchObject({
    name: 'RequestLimitExceeded',
    message: 'Request limit exceeded.',
    $metadata: { httpStatusCode: 503 },
  });
  expect(await outcomes(2)).toEqual(['RequestLimitExceeded', 'ok']);
});

test('throttling scoped to one action leaves the others alone', async () => {
  clocked.sandbox.admin.setFaults([{ kind: 'throttle', action: 'StopInstances' }]);

  await expect(
    clocked.ec2.send(new StopInstancesCommand({ InstanceIds: [ids.web1] })),
  ).rejects.toMatchObject({ name: 'RequestLimitExceeded' });
  expect(await outcomes(1)).toEqual(['ok']);
});

test('throttling at a seeded rate fails the same calls every time', async () => {
  const rule: FaultRule = { kind: 'throttle', rate: 0.5, seed: 42 };

  clocked.sandbox.admin.setFaults([rule]);
  const first = await outcomes(20);
  clocked.sandbox.admin.setFaults([rule]);
  const second = await outcomes(20);

  expect(second).toEqual(first);
  expect(first).toContain('ok');
  expect(first).toContain('RequestLimitExceeded');
});

test('a rate of zero never throttles and a rate of one always does', async () => {
  clocked.sandbox.admin.setFaults([{ kind: 'throttle', rate: 0 }]);
  expect(await outcomes(5)).toEqual(Array(5).fill('ok'));

  clocked.sandbox.admin.setFaults([{ kind: 'throttle', rate: 1 }]);
  expect(await outcomes(5)).toEqual(Array(5).fill('RequestLimitExceeded'));
});

test('added latency still lets the call succeed', async () => {
  clocked.sandbox.admin.setFaults([
    { kind: 'latency', ms: 20, action: 'DescribeInstances' },
  ]);

  expect(await outcomes(1)).toEqual(['ok']);
});

test('an internal error for the next call answers InternalError with 500', async () => {
  clocked.sandbox.admin.setFaults([{ kind: 'internal-error', count: 1 }]);
  const error = await rejection(describeAll());

  expect(error).toMatchObject({
    name: 'InternalError',
    $metadata: { httpStatusCode: 500 },
  });
  expect(await outcomes(1)).toEqual(['ok']);
});

test('insufficient capacity fails the start of the listed instance only', async () => {
  clocked.sandbox.admin.setFaults([
    { kind: 'insufficient-capacity', instanceIds: [ids.worker1] },
  ]);
  const error = await rejection(
    clocked.ec2.send(new StartInstancesCommand({ InstanceIds: [ids.worker1] })),
  );

  expect(error).toMatchObject({
    name: 'InsufficientInstanceCapacity',
    message: expect.stringContaining('c5.xlarge capacity'),
    $metadata: { httpStatusCode: 500 },
  });
  expect(await stateOf(ids.worker1)).toBe('stopped');

  await clocked.ec2.send(new StopInstancesCommand({ InstanceIds: [ids.api1] }));
  clock.advance(DELAY_MS);
  await clocked.ec2.send(new StartInstancesCommand({ InstanceIds: [ids.api1] }));
  expect(await stateOf(ids.api1)).toBe('pending');
});

test('stop protection refuses to stop the listed instance', async () => {
  clocked.sandbox.admin.setFaults([{ kind: 'stop-protection', instanceIds: [ids.web1] }]);
  const error = await rejection(
    clocked.ec2.send(new StopInstancesCommand({ InstanceIds: [ids.web1] })),
  );

  expect(error).toMatchObject({
    name: 'OperationNotPermitted',
    message:
      `The instance '${ids.web1}' may not be stopped. ` +
      "Modify its 'disableApiStop' instance attribute and try again.",
    $metadata: { httpStatusCode: 400 },
  });
  expect(await stateOf(ids.web1)).toBe('running');
  await clocked.ec2.send(new StopInstancesCommand({ InstanceIds: [ids.web2] }));
  expect(await stateOf(ids.web2)).toBe('stopping');
});

test('a start that falls back goes pending and then returns to stopped', async () => {
  clocked.sandbox.admin.setFaults([
    { kind: 'start-falls-back', instanceIds: [ids.worker1] },
  ]);
  const output = await clocked.ec2.send(
    new StartInstancesCommand({ InstanceIds: [ids.worker1] }),
  );

  expect(output.StartingInstances?.[0]?.CurrentState?.Name).toBe('pending');

  clock.advance(DELAY_MS);
  const described = await clocked.ec2.send(
    new DescribeInstancesCommand({ InstanceIds: [ids.worker1] }),
  );
  const worker = described.Reservations?.[0]?.Instances?.[0];
  expect(worker?.State?.Name).toBe('stopped');
  expect(worker?.StateReason?.Code).toBe('Server.InsufficientInstanceCapacity');
});

test('a failing region answers AuthFailure while the others work', async () => {
  clocked.sandbox.admin.setFaults([
    { kind: 'region-failure', region: 'eu-west-1', code: 'AuthFailure' },
  ]);

  await expect(
    describeAll(ec2Client(clocked.sandbox, { region: 'eu-west-1' })),
  ).rejects.toMatchObject({
    name: 'AuthFailure',
    $metadata: { httpStatusCode: 401 },
  });
  expect(await outcomes(1)).toEqual(['ok']);
});

test('a region can fail with UnauthorizedOperation instead', async () => {
  clocked.sandbox.admin.setFaults([
    { kind: 'region-failure', region: 'eu-west-1', code: 'UnauthorizedOperation' },
  ]);

  await expect(
    describeAll(ec2Client(clocked.sandbox, { region: 'eu-west-1' })),
  ).rejects.toMatchObject({
    name: 'UnauthorizedOperation',
    $metadata: { httpStatusCode: 403 },
  });
});

test('faults given at start are active at once and come back on reset', async () => {
  const faulty = await startSandbox({
    faults: [{ kind: 'region-failure', region: 'us-east-1', code: 'AuthFailure' }],
  });
  const client = ec2Client(faulty);

  try {
    await expect(describeAll(client)).rejects.toMatchObject({ name: 'AuthFailure' });
    faulty.admin.clearFaults();
    await describeAll(client);
    faulty.admin.reset();
    await expect(describeAll(client)).rejects.toMatchObject({ name: 'AuthFailure' });
  } finally {
    await faulty.close();
  }
});

test('an invalid fault rule is rejected and the old rules stay', () => {
  clocked.sandbox.admin.setFaults([{ kind: 'throttle', count: 1 }]);

  expect(() =>
    clocked.sandbox.admin.setFaults([{ kind: 'throttle', rate: 2 }]),
  ).toThrow();
  expect(clocked.sandbox.admin.faults()).toEqual([
    { kind: 'throttle', count: 1, remaining: 1 },
  ]);
});
