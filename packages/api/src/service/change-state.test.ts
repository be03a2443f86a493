import {
  DescribeInstancesCommand,
  EC2ServiceException,
  StartInstancesCommand,
  type StartInstancesCommandInput,
  StopInstancesCommand,
  type StopInstancesCommandInput,
} from '@aws-sdk/client-ec2';
import { expect, test } from 'vitest';

import { mockedEc2, testCredentials } from '../../test/support/mocked-ec2.js';
import { ApiError } from '../errors/api-error.js';
import { startInstances, stopInstances } from './change-state.js';

const { ec2, target } = mockedEc2('us-east-1');

function ec2Error(name: string, message: string, httpStatusCode = 400) {
  return new EC2ServiceException({
    name,
    $fault: 'client',
    $metadata: { requestId: 'req-7', httpStatusCode },
    message,
  });
}

function change(id: string, previous: string, current: string) {
  return {
    InstanceId: id,
    PreviousState: { Name: previous as 'running' },
    CurrentState: { Name: current as 'running' },
  };
}

function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  return promise.then(
    () => expect.unreachable('the call should have failed'),
    (error: ApiError) => error,
  );
}

function stopInputs() {
  return ec2.commandCalls(StopInstancesCommand).map((call) => call.args[0].input);
}

test('start reports every instance state change in request order', async () => {
  ec2.on(StartInstancesCommand).resolves({
    StartingInstances: [
      change('i-00000002', 'stopped', 'pending'),
      change('i-00000001', 'running', 'running'),
    ],
  });

  const result = await startInstances(target, {
    instanceIds: ['i-00000001', 'i-00000002'],
  });

  expect(result).toMatchInlineSnapshot(`
    {
      "dryRun": false,
      "instances": [
        {
          "currentState": "running",
          "error": null,
          "id": "i-00000001",
          "ok": true,
          "previousState": "running",
        },
        {
          "currentState": "pending",
          "error": null,
          "id": "i-00000002",
          "ok": true,
          "previousState": "stopped",
        },
      ],
      "region": "us-east-1",
      "summary": {
        "failed": 0,
        "requested": 2,
        "succeeded": 2,
      },
    }
  `);
  expect(ec2.commandCalls(StartInstancesCommand)[0]?.args[0].input).toEqual({
    InstanceIds: ['i-00000001', 'i-00000002'],
  });
});

test('stop reports every instance state change in request order', async () => {
  ec2.on(StopInstancesCommand).resolves({
    StoppingInstances: [
      change('i-0000000c', 'running', 'stopping'),
      { InstanceId: 'i-0000000a', CurrentState: { Name: 'stopped' } },
      change('i-0000000b', 'pending', 'stopping'),
    ],
  });

  const ids = ['i-0000000a', 'i-0000000b', 'i-0000000c'];
  const result = await stopInstances(target, { instanceIds: ids });

  expect(result.instances).toEqual([
    { id: ids[0], previousState: null, currentState: 'stopped', ok: true, error: null },
    {
      id: ids[1],
      previousState: 'pending',
      currentState: 'stopping',
      ok: true,
      error: null,
    },
    {
      id: ids[2],
      previousState: 'running',
      currentState: 'stopping',
      ok: true,
      error: null,
    },
  ]);
  expect(stopInputs()).toEqual([{ InstanceIds: ids }]);
});

test('an instance EC2 reports but was not asked for comes last', async () => {
  ec2.on(StopInstancesCommand).resolves({
    StoppingInstances: [
      { InstanceId: 'i-0000000f', CurrentState: { Name: 'stopping' } },
      { InstanceId: 'i-0000000a', CurrentState: { Name: 'stopping' } },
    ],
  });

  const result = await stopInstances(target, { instanceIds: ['i-0000000a'] });

  expect(result.instances.map((entry) => entry.id)).toEqual(['i-0000000a', 'i-0000000f']);
});

test('one unknown id of two fails alone and the other is started', async () => {
  ec2.on(StartInstancesCommand).callsFake(function answer(
    input: StartInstancesCommandInput,
  ) {
    if (input.InstanceIds?.includes('i-0000000b')) {
      throw ec2Error(
        'InvalidInstanceID.NotFound',
        "The instance ID 'i-0000000b' does not exist",
      );
    }
    return { StartingInstances: [change('i-0000000a', 'stopped', 'pending')] };
  });

  const result = await startInstances(target, {
    instanceIds: ['i-0000000a', 'i-0000000b'],
  });

  expect(result.summary).toEqual({ requested: 2, succeeded: 1, failed: 1 });
  expect(result.instances).toEqual([
    {
      id: 'i-0000000a',
      previousState: 'stopped',
      currentState: 'pending',
      ok: true,
      error: null,
    },
    {
      id: 'i-0000000b',
      previousState: null,
      currentState: null,
      ok: false,
      error: {
        code: 'INSTANCE_NOT_FOUND',
        awsCode: 'InvalidInstanceID.NotFound',
        message: 'Instance i-0000000b not found in region us-east-1',
      },
    },
  ]);
});

test('when none succeeds, the first error is thrown with every result', async () => {
  ec2
    .on(StopInstancesCommand)
    .rejects(ec2Error('InvalidInstanceID.NotFound', 'The instance ID does not exist'));

  const error = await failureOf(stopInstances(target, { instanceIds: ['i-0000000a'] }));

  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({
    apiCode: 'INSTANCE_NOT_FOUND',
    status: 404,
    message: 'Instance i-0000000a not found in region us-east-1',
    details: {
      instanceIds: ['i-0000000a'],
      awsRequestId: 'req-7',
      instances: [{ id: 'i-0000000a', ok: false, error: { code: 'INSTANCE_NOT_FOUND' } }],
    },
  });
});

test('a network failure while starting becomes AWS_UNREACHABLE', async () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), {
    code: 'ECONNREFUSED',
  });
  ec2.on(StartInstancesCommand).rejects(refused);

  await expect(
    startInstances(target, { instanceIds: ['i-0000000a'] }),
  ).rejects.toMatchObject({
    apiCode: 'AWS_UNREACHABLE',
    status: 502,
  });
});

test('an allowed dry run reports every instance ok and changes nothing', async () => {
  ec2
    .on(StartInstancesCommand)
    .rejects(
      ec2Error(
        'DryRunOperation',
        'Request would have succeeded, but DryRun flag is set.',
        412,
      ),
    );

  const result = await startInstances(target, {
    instanceIds: ['i-0000000a', 'i-0000000b'],
    dryRun: true,
    wait: true,
  });

  expect(result).toEqual({
    region: 'us-east-1',
    dryRun: true,
    summary: { requested: 2, succeeded: 2, failed: 0 },
    instances: ['i-0000000a', 'i-0000000b'].map((id) => ({
      id,
      previousState: null,
      currentState: null,
      ok: true,
      error: null,
    })),
  });
  expect(ec2.commandCalls(StartInstancesCommand)[0]?.args[0].input).toEqual({
    InstanceIds: ['i-0000000a', 'i-0000000b'],
    DryRun: true,
  });
  expect(ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(0);
});

test('a denied dry run answers, with the denial on each instance', async () => {
  const denial = `You are not authorized to do this. ${testCredentials.accessKeyId}`;
  ec2.on(StopInstancesCommand).rejects(ec2Error('UnauthorizedOperation', denial, 403));

  const result = await stopInstances(target, {
    instanceIds: ['i-0000000a'],
    dryRun: true,
  });

  expect(result.dryRun).toBe(true);
  expect(result.summary).toEqual({ requested: 1, succeeded: 0, failed: 1 });
  expect(result.instances[0]).toMatchObject({
    ok: false,
    error: {
      code: 'AWS_UNAUTHORIZED',
      awsCode: 'UnauthorizedOperation',
      message: 'UnauthorizedOperation: You are not authorized to do this. [redacted]',
    },
  });
});

const notConfigured = (id: string) =>
  ec2Error(
    'UnsupportedHibernationConfiguration',
    `The instance can't be hibernated because it was not configured at launch: ${id}`,
  );

function hibernatesOnly(able: string) {
  return function answer(input: StopInstancesCommandInput) {
    const ids = input.InstanceIds ?? [];
    const unable = ids.find((id) => id !== able);
    if (input.Hibernate && unable) throw notConfigured(unable);
    return { StoppingInstances: ids.map((id) => change(id, 'running', 'stopping')) };
  };
}

test('hibernate with fallback stops plainly the ones that cannot hibernate', async () => {
  ec2.on(StopInstancesCommand).callsFake(hibernatesOnly('i-0000000a'));

  const result = await stopInstances(target, {
    instanceIds: ['i-0000000a', 'i-0000000b'],
    hibernate: true,
    hibernateFallback: true,
  });

  expect(
    result.instances.map(({ id, ok, hibernated, fellBackToStop }) => ({
      id,
      ok,
      hibernated,
      fellBackToStop,
    })),
  ).toEqual([
    { id: 'i-0000000a', ok: true, hibernated: true, fellBackToStop: false },
    { id: 'i-0000000b', ok: true, hibernated: false, fellBackToStop: true },
  ]);
  expect(stopInputs()).toEqual([
    { InstanceIds: ['i-0000000a', 'i-0000000b'], Hibernate: true },
    { InstanceIds: ['i-0000000a'], Hibernate: true },
    { InstanceIds: ['i-0000000b'] },
  ]);
});

test('hibernate without fallback fails the instances that cannot hibernate', async () => {
  ec2.on(StopInstancesCommand).callsFake(hibernatesOnly('i-0000000a'));

  const result = await stopInstances(target, {
    instanceIds: ['i-0000000a', 'i-0000000b'],
    hibernate: true,
  });

  expect(result.instances[1]).toMatchObject({
    id: 'i-0000000b',
    ok: false,
    error: {
      code: 'HIBERNATION_UNSUPPORTED',
      awsCode: 'UnsupportedHibernationConfiguration',
    },
    hibernated: false,
    fellBackToStop: false,
  });
  expect(stopInputs()).toHaveLength(2);
});

test('force is sent as StopInstances Force', async () => {
  ec2.on(StopInstancesCommand).resolves({
    StoppingInstances: [change('i-0000000a', 'running', 'stopping')],
  });

  await stopInstances(target, { instanceIds: ['i-0000000a'], force: true });

  expect(stopInputs()).toEqual([{ InstanceIds: ['i-0000000a'], Force: true }]);
});

test('with wait, each instance reports how its wait ended', async () => {
  ec2.on(StartInstancesCommand).resolves({
    StartingInstances: [
      change('i-0000000a', 'stopped', 'pending'),
      change('i-0000000b', 'stopped', 'pending'),
    ],
  });
  const capacity = {
    Code: 'Server.InsufficientInstanceCapacity',
    Message: 'Server.InsufficientInstanceCapacity: Insufficient capacity',
  };
  ec2.on(DescribeInstancesCommand).resolves({
    Reservations: [
      {
        Instances: [
          { InstanceId: 'i-0000000a', State: { Name: 'running' } },
          { InstanceId: 'i-0000000b', State: { Name: 'stopped' }, StateReason: capacity },
        ],
      },
    ],
  });

  const result = await startInstances(
    target,
    { instanceIds: ['i-0000000a', 'i-0000000b'], wait: true },
    { waitPollMs: 5 },
  );

  expect(result.summary).toEqual({ requested: 2, succeeded: 1, failed: 1 });
  expect(result.instances).toEqual([
    expect.objectContaining({
      ok: true,
      finalState: 'running',
      stateReason: null,
      outcome: 'reached',
    }),
    expect.objectContaining({
      ok: false,
      error: {
        code: 'AWS_CAPACITY',
        awsCode: 'Server.InsufficientInstanceCapacity',
        message: `Instance i-0000000b went back to stopped: ${capacity.Message}`,
      },
      finalState: 'stopped',
      stateReason: { code: capacity.Code, message: capacity.Message },
      outcome: 'fell-back',
    }),
  ]);
});
