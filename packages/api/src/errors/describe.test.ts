import { TRPCError } from '@trpc/server';
import { expect, test } from 'vitest';
import { z } from 'zod';

import { startInputSchema } from '../schemas/state-change.js';
import { ApiError } from './api-error.js';
import { describeError } from './describe.js';

function zodErrorOf(input: unknown) {
  const result = startInputSchema.safeParse(input);
  if (result.success) throw new Error('expected the input to be invalid');
  return result.error;
}

test('a ZodError becomes VALIDATION_FAILED listing each issue by path', () => {
  const error = zodErrorOf({ region: 'US-EAST-1', instanceIds: ['i-1234abcd', 'i-123'] });

  expect(describeError(error)).toMatchInlineSnapshot(`
    {
      "apiCode": "VALIDATION_FAILED",
      "issues": [
        {
          "message": "must be an AWS region name such as us-east-1",
          "path": "region",
        },
        {
          "message": "must be "i-" followed by 8 or 17 lowercase hex digits",
          "path": "instanceIds.1",
        },
      ],
      "message": "region must be an AWS region name such as us-east-1; instanceIds.1 must be "i-" followed by 8 or 17 lowercase hex digits",
      "status": 400,
    }
  `);
});

test('a ZodError about the whole input is reported at (input)', () => {
  const error = z.object({}).safeParse('not an object').error;

  expect(describeError(error).issues).toEqual([
    { path: '(input)', message: 'Invalid input: expected object, received string' },
  ]);
});

test('an unknown Error becomes INTERNAL_ERROR, never showing its message', () => {
  const view = describeError(new Error('ECONNRESET reading /var/lib/secret.db'));

  expect(view).toEqual({
    apiCode: 'INTERNAL_ERROR',
    status: 500,
    message: 'Unexpected server error',
  });
});

test('a thrown non-error value becomes INTERNAL_ERROR too', () => {
  expect(describeError('boom').apiCode).toBe('INTERNAL_ERROR');
  expect(describeError(undefined).apiCode).toBe('INTERNAL_ERROR');
});

test('a tRPC NOT_FOUND becomes ROUTE_NOT_FOUND with its message', () => {
  const error = new TRPCError({ code: 'NOT_FOUND', message: 'No procedure ec2.reboot' });

  expect(describeError(error)).toEqual({
    apiCode: 'ROUTE_NOT_FOUND',
    status: 404,
    message: 'No procedure ec2.reboot',
  });
});

test('a tRPC error with no catalogue entry shows the summary only', () => {
  const error = new TRPCError({
    code: 'INTERNAL_SERVER_ERROR',
    message: 'password=hunter2 rejected',
  });

  expect(describeError(error)).toEqual({
    apiCode: 'INTERNAL_ERROR',
    status: 500,
    message: 'Unexpected server error',
  });
});

test('a tRPC BAD_REQUEST caused by a ZodError reports the zod issues', () => {
  const error = new TRPCError({
    code: 'BAD_REQUEST',
    cause: zodErrorOf({ region: 'x' }),
  });
  const view = describeError(error);

  expect(view.apiCode).toBe('VALIDATION_FAILED');
  expect(view.issues?.map((issue) => issue.path)).toEqual(['region', 'instanceIds']);
});

test('an ApiError keeps its code, status and details', () => {
  const error = new ApiError('INSTANCE_NOT_FOUND', 'Instance i-1234abcd not found', {
    region: 'eu-west-1',
    instanceIds: ['i-1234abcd'],
    awsCode: 'InvalidInstanceID.NotFound',
  });

  expect(describeError(error)).toEqual({
    apiCode: 'INSTANCE_NOT_FOUND',
    status: 404,
    message: 'Instance i-1234abcd not found',
    region: 'eu-west-1',
    instanceIds: ['i-1234abcd'],
    awsCode: 'InvalidInstanceID.NotFound',
  });
});

test('an ApiError wrapped by tRPC is described as the ApiError', () => {
  const inner = new ApiError('AWS_THROTTLED', 'RequestLimitExceeded: slow down');
  const error = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: inner });

  expect(describeError(error)).toMatchObject({ apiCode: 'AWS_THROTTLED', status: 429 });
});
