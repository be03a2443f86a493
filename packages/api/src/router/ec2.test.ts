import {
  DescribeInstancesCommand,
  EC2Client,
  EC2ServiceException,
  StartInstancesCommand,
} from '@aws-sdk/client-ec2';
import { TRPCError } from '@trpc/server';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, expect, test, vi } from 'vitest';

import type { Ec2ClientCache } from '../aws/client-cache.js';
import type { Context, RawCredentials } from '../context.js';
import { ApiError } from '../errors/api-error.js';
import { describeError } from '../errors/describe.js';
import { appRouter } from '../root.js';

const credentials = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const client = new EC2Client({ region: 'us-east-1', credentials });
const ec2 = mockClient(client);
const getClient = vi.fn<Ec2ClientCache['get']>(() => client);
const clients: Ec2ClientCache = { get: getClient, size: 1, created: 1, close() {} };

function callerWith(raw: RawCredentials = credentials) {
  const ctx: Context = { clients, credentials: raw, pageSize: 20 };
  return appRouter.createCaller(ctx);
}

function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the call should have failed'),
    (error: unknown) => error,
  );
}

beforeEach(() => {
  ec2.reset();
  getClient.mockClear();
});

test('list returns the instances of the region through the caller client', async () => {
  ec2.on(DescribeInstancesCommand).resolves({
    Reservations: [
      { Instances: [{ InstanceId: 'i-1234abcd', State: { Name: 'running', Code: 16 } }] },
    ],
  });

  const result = await callerWith().ec2.list({ region: ' eu-central-2 ' });

  expect(
    result.instances.map(({ id, region, state }) => ({ id, region, state })),
  ).toEqual([{ id: 'i-1234abcd', region: 'eu-central-2', state: 'running' }]);
  expect(getClient).toHaveBeenCalledWith(credentials, 'eu-central-2');
  expect(ec2.commandCalls(DescribeInstancesCommand)[0]?.args[0].input).toEqual({
    MaxResults: 20,
  });
});

test('start sends the deduplicated ids and returns their state changes', async () => {
  ec2.on(StartInstancesCommand).resolves({
    StartingInstances: [
      {
        InstanceId: 'i-1234abcd',
        PreviousState: { Name: 'stopped' },
        CurrentState: { Name: 'pending' },
      },
    ],
  });

  const result = await callerWith().ec2.start({
    region: 'us-east-1',
    instanceIds: ['i-1234abcd', ' i-1234abcd'],
  });

  expect(result).toEqual({
    region: 'us-east-1',
    dryRun: false,
    summary: { requested: 1, succeeded: 1, failed: 0 },
    instances: [
      {
        id: 'i-1234abcd',
        previousState: 'stopped',
        currentState: 'pending',
        ok: true,
        error: null,
      },
    ],
  });
  expect(ec2.commandCalls(StartInstancesCommand)[0]?.args[0].input).toEqual({
    InstanceIds: ['i-1234abcd'],
  });
});

test('missing credentials fail with MISSING_CREDENTIALS naming the header', async () => {
  const error = await failureOf(
    callerWith({ accessKeyId: credentials.accessKeyId }).ec2.list({
      region: 'us-east-1',
    }),
  );

  expect(error).toBeInstanceOf(ApiError);
  expect(describeError(error)).toMatchInlineSnapshot(`
    {
      "apiCode": "MISSING_CREDENTIALS",
      "issues": [
        {
          "message": "is required (header x-aws-secret-access-key)",
          "path": "secretAccessKey",
        },
      ],
      "message": "secretAccessKey is required (header x-aws-secret-access-key)",
      "status": 400,
    }
  `);
  expect(getClient).not.toHaveBeenCalled();
});

test('malformed credentials are rejected without repeating them', async () => {
  const secretAccessKey = 'leaked secret with spaces';
  const error = await failureOf(
    callerWith({ ...credentials, secretAccessKey }).ec2.list({ region: 'us-east-1' }),
  );

  const view = describeError(error);
  expect(view.apiCode).toBe('MISSING_CREDENTIALS');
  expect(view.message).toBe(
    'secretAccessKey must be 1-256 printable characters without spaces ' +
      '(header x-aws-secret-access-key)',
  );
  expect(JSON.stringify(view)).not.toContain(secretAccessKey);
});

test('an invalid region fails with BAD_REQUEST naming region', async () => {
  const error = await failureOf(callerWith().ec2.list({ region: 'us-east-1 ; rm' }));

  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe('BAD_REQUEST');
  expect(describeError(error)).toEqual({
    apiCode: 'VALIDATION_FAILED',
    status: 400,
    message: 'region must be an AWS region name such as us-east-1',
    issues: [{ path: 'region', message: 'must be an AWS region name such as us-east-1' }],
  });
  expect(getClient).not.toHaveBeenCalled();
});

test('an EC2 failure reaches the caller catalogued and redacted', async () => {
  ec2.on(StartInstancesCommand).rejects(
    new EC2ServiceException({
      name: 'UnauthorizedOperation',
      $fault: 'client',
      $metadata: { requestId: 'req-403', httpStatusCode: 403 },
      message: `User with key ${credentials.accessKeyId} is not authorized`,
    }),
  );

  const error = await failureOf(
    callerWith().ec2.start({ region: 'us-east-1', instanceIds: ['i-1234abcd'] }),
  );

  expect(describeError(error)).toEqual({
    apiCode: 'AWS_UNAUTHORIZED',
    status: 403,
    message: 'UnauthorizedOperation: User with key [redacted] is not authorized',
    awsCode: 'UnauthorizedOperation',
    awsRequestId: 'req-403',
    region: 'us-east-1',
  });
});
