import {
  DescribeInstancesCommand,
  type DescribeInstancesCommandOutput,
  EC2ServiceException,
} from '@aws-sdk/client-ec2';
import { expect, test } from 'vitest';

import { mockedEc2, testCredentials } from '../../test/support/mocked-ec2.js';
import { waitForStates } from './wait-for-states.js';

const { ec2, target } = mockedEc2('us-east-1');
const fast = { timeoutSeconds: 5, pollMs: 5 };

function described(
  states: Record<string, string>,
  reason?: { Code: string; Message: string },
): DescribeInstancesCommandOutput {
  const instances = Object.entries(states).map(([id, state]) => ({
    InstanceId: id,
    State: { Name: state as 'running' },
    ...(reason ? { StateReason: reason } : {}),
  }));
  return { $metadata: {}, Reservations: [{ Instances: instances }] };
}

function ec2Error(name: string, httpStatusCode: number) {
  return new EC2ServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode },
    message: `${name} for ${testCredentials.accessKeyId}`,
  });
}

test('polls until all run, asking only for those still on the way', async () => {
  ec2
    .on(DescribeInstancesCommand)
    .resolvesOnce(described({ 'i-0000000a': 'pending', 'i-0000000b': 'running' }))
    .resolvesOnce(described({ 'i-0000000a': 'pending' }))
    .resolves(described({ 'i-0000000a': 'running' }));

  const results = await waitForStates(
    target,
    ['i-0000000a', 'i-0000000b'],
    'running',
    fast,
  );

  expect(Object.fromEntries(results)).toEqual({
    'i-0000000a': { outcome: 'reached', observation: { state: 'running', reason: null } },
    'i-0000000b': { outcome: 'reached', observation: { state: 'running', reason: null } },
  });
  const asked = ec2
    .commandCalls(DescribeInstancesCommand)
    .map((call) => call.args[0].input);
  expect(asked).toEqual([
    { InstanceIds: ['i-0000000a', 'i-0000000b'] },
    { InstanceIds: ['i-0000000a'] },
    { InstanceIds: ['i-0000000a'] },
  ]);
});

test('a start EC2 stops for lack of capacity is fell-back, with its reason', async () => {
  const reason = {
    Code: 'Server.InsufficientInstanceCapacity',
    Message: 'Server.InsufficientInstanceCapacity: Insufficient capacity',
  };
  ec2
    .on(DescribeInstancesCommand)
    .resolvesOnce(described({ 'i-0000000a': 'pending' }))
    .resolves(described({ 'i-0000000a': 'stopped' }, reason));

  const results = await waitForStates(target, ['i-0000000a'], 'running', fast);

  expect(results.get('i-0000000a')).toEqual({
    outcome: 'fell-back',
    observation: {
      state: 'stopped',
      reason: { code: reason.Code, message: reason.Message },
    },
  });
});

test('an instance still on the way at the end has timed out, as last seen', async () => {
  ec2.on(DescribeInstancesCommand).resolves(described({ 'i-0000000a': 'stopping' }));

  const results = await waitForStates(target, ['i-0000000a'], 'stopped', {
    timeoutSeconds: 1,
    pollMs: 50,
  });

  expect(results.get('i-0000000a')).toEqual({
    outcome: 'timed-out',
    observation: { state: 'stopping', reason: null },
  });
});

test('a not-found while EC2 catches up is polled again', async () => {
  ec2
    .on(DescribeInstancesCommand)
    .rejectsOnce(ec2Error('InvalidInstanceID.NotFound', 400))
    .resolves(described({ 'i-0000000a': 'stopped' }));

  const results = await waitForStates(target, ['i-0000000a'], 'stopped', fast);

  expect(results.get('i-0000000a')?.outcome).toBe('reached');
});

test('a caller who may not describe ends the wait at once as unknown', async () => {
  ec2.on(DescribeInstancesCommand).rejects(ec2Error('UnauthorizedOperation', 403));

  const results = await waitForStates(target, ['i-0000000a'], 'running', fast);
  const result = results.get('i-0000000a');

  expect(result).toMatchObject({
    outcome: 'unknown',
    observation: { state: null, reason: null },
    error: {
      apiCode: 'AWS_UNAUTHORIZED',
      message: 'UnauthorizedOperation: UnauthorizedOperation for [redacted]',
    },
  });
  expect(ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(1);
});
