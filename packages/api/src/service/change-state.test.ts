import {
  EC2Client,
  EC2ServiceException,
  StartInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, expect, test } from 'vitest';

import { ApiError } from '../errors/api-error.js';
import { startInstances, stopInstances } from './change-state.js';
import type { Ec2Target } from './ec2-target.js';

const credentials = { accessKeyId: 'AKIATEST', secretAccessKey: 'test-secret' };
const client = new EC2Client({ region: 'us-east-1', credentials });
const ec2 = mockClient(client);
const target: Ec2Target = {
  client,
  region: 'us-east-1',
  secrets: [credentials.accessKeyId, credentials.secretAccessKey],
};

beforeEach(() => {
  ec2.reset();
});

test('start reports every instance state change in request order', async () => {
  ec2.on(StartInstancesCommand).resolves({
    StartingInstances: [
      {
        InstanceId: 'i-00000002',
        PreviousState: { Name: 'stopped' },
        CurrentState: { Name: 'pending' },
      },
      {
        InstanceId: 'i-00000001',
        PreviousState: { Name: 'running' },
        CurrentState: { Name: 'running' },
      },
    ],
  });

  const result = await startInstances(target, ['i-00000001', 'i-00000002']);

  expect(result).toMatchInlineSnapshot(`
    {
      "instances": [
        {
          "currentState": "running",
          "id": "i-00000001",
          "previousState": "running",
        },
        {
          "currentState": "pending",
          "id": "i-00000002",
          "previousState": "stopped",
        },
      ],
      "region": "us-east-1",
    }
  `);
  expect(ec2.commandCalls(StartInstancesCommand)[0]?.args[0].input).toEqual({
    InstanceIds: ['i-00000001', 'i-00000002'],
  });
});

test('stop reports every instance state change in request order', async () => {
  ec2.on(StopInstancesCommand).resolves({
    StoppingInstances: [
      {
        InstanceId: 'i-0000000c',
        PreviousState: { Name: 'running' },
        CurrentState: { Name: 'stopping' },
      },
      { InstanceId: 'i-0000000a', CurrentState: { Name: 'stopped' } },
      {
        InstanceId: 'i-0000000b',
        PreviousState: { Name: 'pending' },
        CurrentState: { Name: 'stopping' },
      },
    ],
  });

  const result = await stopInstances(target, ['i-0000000a', 'i-0000000b', 'i-0000000c']);

  expect(result.instances).toEqual([
    { id: 'i-0000000a', previousState: null, currentState: 'stopped' },
    { id: 'i-0000000b', previousState: 'pending', currentState: 'stopping' },
    { id: 'i-0000000c', previousState: 'running', currentState: 'stopping' },
  ]);
  expect(ec2.commandCalls(StopInstancesCommand)).toHaveLength(1);
});

test('an instance EC2 reports but was not asked for comes last', async () => {
  ec2.on(StopInstancesCommand).resolves({
    StoppingInstances: [
      { InstanceId: 'i-0000000f', CurrentState: { Name: 'stopping' } },
      { InstanceId: 'i-0000000a', CurrentState: { Name: 'stopping' } },
    ],
  });

  const result = await stopInstances(target, ['i-0000000a']);

  expect(result.instances.map((change) => change.id)).toEqual([
    'i-0000000a',
    'i-0000000f',
  ]);
});

test('an SDK rejection becomes an ApiError naming the requested ids', async () => {
  ec2.on(StopInstancesCommand).rejects(
    new EC2ServiceException({
      name: 'InvalidInstanceID.NotFound',
      $fault: 'client',
      $metadata: { requestId: 'req-7', httpStatusCode: 400 },
      message: 'The instance ID does not exist',
    }),
  );

  const error = await stopInstances(target, ['i-0000000a']).catch(
    (caught: unknown) => caught,
  );

  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({
    apiCode: 'INSTANCE_NOT_FOUND',
    status: 404,
    message: 'Instance i-0000000a not found in region us-east-1',
    details: { instanceIds: ['i-0000000a'], awsRequestId: 'req-7' },
  });
});

test('a network failure while starting becomes AWS_UNREACHABLE', async () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), {
    code: 'ECONNREFUSED',
  });
  ec2.on(StartInstancesCommand).rejects(refused);

  await expect(startInstances(target, ['i-0000000a'])).rejects.toMatchObject({
    apiCode: 'AWS_UNREACHABLE',
    status: 502,
  });
});
