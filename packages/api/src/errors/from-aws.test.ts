import { EC2ServiceException } from '@aws-sdk/client-ec2';
import { expect, test } from 'vitest';

import { ApiError } from './api-error.js';
import { fromAwsError, scrub } from './from-aws.js';

const accessKeyId = 'AKIAIOSFODNN7EXAMPLE';
const secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const scope = { region: 'eu-west-1', secrets: [accessKeyId, secretAccessKey, undefined] };

function ec2Error(name: string, message: string, httpStatusCode = 400) {
  return new EC2ServiceException({
    name,
    $fault: httpStatusCode >= 500 ? 'server' : 'client',
    $metadata: { requestId: 'c0ffee00-0000-4000-8000-000000000001', httpStatusCode },
    message,
  });
}

function summary(error: ApiError) {
  return { apiCode: error.apiCode, status: error.status, trpcCode: error.code };
}

test.each([
  ['InvalidInstanceID.Malformed', 'INVALID_INSTANCE_ID', 400, 'BAD_REQUEST'],
  ['InvalidParameterValue', 'INVALID_PARAMETER', 400, 'BAD_REQUEST'],
  ['MissingParameter', 'INVALID_PARAMETER', 400, 'BAD_REQUEST'],
  ['AuthFailure', 'AWS_AUTH_FAILED', 401, 'UNAUTHORIZED'],
  ['UnauthorizedOperation', 'AWS_UNAUTHORIZED', 403, 'FORBIDDEN'],
  ['InvalidInstanceID.NotFound', 'INSTANCE_NOT_FOUND', 404, 'NOT_FOUND'],
  ['IncorrectInstanceState', 'INCORRECT_INSTANCE_STATE', 409, 'CONFLICT'],
  ['UnsupportedHibernationConfiguration', 'HIBERNATION_UNSUPPORTED', 409, 'CONFLICT'],
  ['RequestLimitExceeded', 'AWS_THROTTLED', 429, 'TOO_MANY_REQUESTS'],
  ['InsufficientInstanceCapacity', 'AWS_CAPACITY', 503, 'SERVICE_UNAVAILABLE'],
])('EC2 %s becomes %s with status %i', (awsCode, apiCode, status, trpcCode) => {
  const error = fromAwsError(ec2Error(awsCode, 'Something went wrong.'), scope);

  expect(error).toBeInstanceOf(ApiError);
  expect(summary(error)).toEqual({ apiCode, status, trpcCode });
  expect(error.details.awsCode).toBe(awsCode);
  expect(error.details.region).toBe('eu-west-1');
});

test('a mapped EC2 error keeps its code, message and request id', () => {
  const aws = ec2Error(
    'IncorrectInstanceState',
    "The instance 'i-0123456789abcdef0' is not in a state from which it can be started.",
  );
  const error = fromAwsError(aws, scope);

  expect(error.message).toMatchInlineSnapshot(
    `"IncorrectInstanceState: The instance 'i-0123456789abcdef0' is not in a state from which it can be started."`,
  );
  expect(error.details).toMatchInlineSnapshot(`
    {
      "awsCode": "IncorrectInstanceState",
      "awsRequestId": "c0ffee00-0000-4000-8000-000000000001",
      "region": "eu-west-1",
    }
  `);
});

test('not found names the ids from the AWS message, once each, and the region', () => {
  const aws = ec2Error(
    'InvalidInstanceID.NotFound',
    "The instance IDs 'i-0123456789abcdef0, i-1234abcd, i-1234abcd' do not exist",
  );
  const error = fromAwsError(aws, { ...scope, instanceIds: ['i-ffffffff'] });

  expect(error.message).toBe(
    'Instance i-0123456789abcdef0, i-1234abcd not found in region eu-west-1',
  );
  expect(error.details.instanceIds).toEqual(['i-0123456789abcdef0', 'i-1234abcd']);
  expect(error.details.awsRequestId).toBe('c0ffee00-0000-4000-8000-000000000001');
});

test('not found names only the requested ids when AWS names others too', () => {
  const aws = ec2Error(
    'InvalidInstanceID.NotFound',
    "The instance IDs 'i-0123456789abcdef0, i-1234abcd' do not exist",
  );
  const error = fromAwsError(aws, { ...scope, instanceIds: ['i-1234abcd'] });

  expect(error.message).toBe('Instance i-1234abcd not found in region eu-west-1');
  expect(error.details.instanceIds).toEqual(['i-1234abcd']);
});

test('not found falls back to the requested ids when AWS names none', () => {
  const aws = ec2Error('InvalidInstanceID.NotFound', 'The instance ID does not exist');
  const error = fromAwsError(aws, {
    ...scope,
    instanceIds: ['i-1234abcd', 'i-5678ef01'],
  });

  expect(error.message).toBe(
    'Instance i-1234abcd, i-5678ef01 not found in region eu-west-1',
  );
  expect(error.details.instanceIds).toEqual(['i-1234abcd', 'i-5678ef01']);
});

test('unauthorized keeps the encoded authorization message AWS sent', () => {
  const encoded = 'AQoDYXdzEJr-example-encoded-failure-message_1a2B3c';
  const aws = ec2Error(
    'UnauthorizedOperation',
    `You are not authorized to perform this operation. Encoded authorization failure message: ${encoded}`,
    403,
  );
  const error = fromAwsError(aws, scope);

  expect(error.status).toBe(403);
  expect(error.message).toContain(`Encoded authorization failure message: ${encoded}`);
  expect(error.message.startsWith('UnauthorizedOperation: ')).toBe(true);
});

test('an uncatalogued EC2 code becomes a 502 AWS_ERROR carrying the code', () => {
  const error = fromAwsError(ec2Error('VcpuLimitExceeded', 'Too many vCPUs.'), scope);

  expect(summary(error)).toEqual({
    apiCode: 'AWS_ERROR',
    status: 502,
    trpcCode: 'BAD_GATEWAY',
  });
  expect(error.message).toBe('VcpuLimitExceeded: Too many vCPUs.');
  expect(error.details.awsCode).toBe('VcpuLimitExceeded');
});

test('a secret quoted in the AWS message is replaced by [redacted]', () => {
  const aws = ec2Error(
    'AuthFailure',
    `AWS was not able to validate the provided access credentials for ${accessKeyId} (${secretAccessKey})`,
    401,
  );
  const error = fromAwsError(aws, scope);

  expect(error.message).toBe(
    'AuthFailure: AWS was not able to validate the provided access credentials for [redacted] ([redacted])',
  );
  expect(JSON.stringify(error.details)).not.toContain(accessKeyId);
});

test('a secret is redacted before not-found ids are read from the message', () => {
  const aws = ec2Error(
    'InvalidInstanceID.NotFound',
    `no i-1234abcd for ${secretAccessKey}`,
  );
  const error = fromAwsError(aws, scope);

  expect(error.message).not.toContain(secretAccessKey);
  expect(error.details.instanceIds).toEqual(['i-1234abcd']);
});

test('an SDK timeout becomes 504 AWS_TIMEOUT naming the region', () => {
  const timeout = Object.assign(new Error('Connection timed out after 3000 ms'), {
    name: 'TimeoutError',
    $metadata: { attempts: 3, totalRetryDelay: 300 },
  });
  const error = fromAwsError(timeout, scope);

  expect(summary(error)).toEqual({
    apiCode: 'AWS_TIMEOUT',
    status: 504,
    trpcCode: 'GATEWAY_TIMEOUT',
  });
  expect(error.message).toBe('The EC2 endpoint for eu-west-1 did not answer in time');
  expect(error.details).toEqual({ region: 'eu-west-1' });
});

test('a refused connection becomes 502 AWS_UNREACHABLE naming the code', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4566'), {
    code: 'ECONNREFUSED',
    $metadata: { attempts: 3 },
  });
  const error = fromAwsError(refused, scope);

  expect(summary(error)).toEqual({
    apiCode: 'AWS_UNREACHABLE',
    status: 502,
    trpcCode: 'BAD_GATEWAY',
  });
  expect(error.message).toBe(
    'The EC2 endpoint for eu-west-1 could not be reached (ECONNREFUSED)',
  );
});

test('a host name that does not resolve suggests checking the region', () => {
  const unresolved = Object.assign(new Error('getaddrinfo ENOTFOUND'), {
    code: 'ENOTFOUND',
  });

  expect(fromAwsError(unresolved, scope).message).toBe(
    'The EC2 endpoint for eu-west-1 could not be reached (ENOTFOUND); ' +
      'check that eu-west-1 is a region',
  );
});

test('anything else becomes AWS_ERROR with the summary, not its message', () => {
  const error = fromAwsError(new Error(`socket hang up near ${secretAccessKey}`), scope);

  expect(error.apiCode).toBe('AWS_ERROR');
  expect(error.message).toBe('EC2 answered with an error');
  expect(fromAwsError(undefined, scope).apiCode).toBe('AWS_ERROR');
});

test('an ApiError passes through unchanged', () => {
  const original = new ApiError('AWS_THROTTLED', 'slow down', { region: 'us-east-1' });

  expect(fromAwsError(original, scope)).toBe(original);
});

test('scrub replaces every occurrence of every secret and skips empty ones', () => {
  expect(scrub('a-b-a', ['a', '', undefined])).toBe('[redacted]-b-[redacted]');
});

test('scrub hides the whole of a secret that contains another secret', () => {
  const text = 'key AKIA, secret AKIAsecretPart';

  expect(scrub(text, ['AKIA', 'AKIAsecretPart'])).toBe(
    'key [redacted], secret [redacted]',
  );
});

test('a not-found message names ten ids and counts the rest', () => {
  const ids = Array.from(
    { length: 25 },
    (_, n) => `i-${n.toString(16).padStart(8, '0')}`,
  );
  const error = fromAwsError(
    ec2Error(
      'InvalidInstanceID.NotFound',
      `The instance IDs '${ids.join(', ')}' do not exist`,
    ),
    {
      region: 'us-east-1',
      instanceIds: ids,
      secrets: [],
    },
  );

  expect(error.message).toBe(
    `Instance ${ids.slice(0, 10).join(', ')} and 15 more not found in region us-east-1`,
  );
  expect(error.details.instanceIds).toHaveLength(25);
});
