import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import { http } from '../support/http.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { apiTokens, bearer, opsToken } from '../support/tokens.js';
import { trpcFailure } from '../support/trpc.js';

const sandbox = useSandbox();

const roleArn = 'arn:aws:iam::123456789012:role/ec2-operator';

// The sandbox's keys stand in for the default chain, which main.ts would use.
async function serverMode(serverCredentials = async () => sandbox.current.credentials) {
  const env = {
    EC2_ENDPOINT: sandbox.current.endpoint,
    AWS_CREDENTIALS: 'server',
    API_TOKENS: apiTokens,
    AWS_MAX_ATTEMPTS: '1',
  };
  return startServer(env, { serverCredentials });
}

test('in server mode a call with a token and no keys uses the server credentials', async () => {
  const { url } = await serverMode();

  const rest = await http(url, '/ec2/list', {
    query: { region_name: 'us-east-1' },
    headers: bearer(opsToken),
  });
  const typed = await createEc2Client({ url, token: opsToken }).ec2.list.query({
    region: 'us-east-1',
  });

  expect(rest.status).toBe(200);
  expect(rest.body.instances.length).toBeGreaterThan(0);
  expect(typed.instances.map((instance) => instance.id)).toEqual(
    rest.body.instances.map((instance: { id: string }) => instance.id),
  );
});

test('in server mode a request carrying AWS keys is a 400 naming each of them', async () => {
  const { url } = await serverMode();
  const { credentials } = sandbox.current;

  const asParams = await http(url, '/ec2/list', {
    query: originalParams(credentials),
    headers: bearer(opsToken),
  });
  const asHeaders = await trpcFailure(
    createEc2Client({ url, token: opsToken, credentials }).ec2.list.query({
      region: 'us-east-1',
    }),
  );

  expect(asParams.status).toBe(400);
  expect(asParams.body.error).toMatchObject({
    code: 'AWS_KEYS_NOT_ACCEPTED',
    issues: [
      {
        path: 'aws_access_key_id',
        message:
          'is not accepted: the server uses its own AWS credentials (header x-aws-access-key-id)',
      },
      { path: 'aws_secret_access_key', message: expect.any(String) },
    ],
  });
  expect(asParams.text).not.toContain(credentials.secretAccessKey);
  expect(asHeaders.data).toMatchObject({
    httpStatus: 400,
    apiCode: 'AWS_KEYS_NOT_ACCEPTED',
    issues: [{ path: 'accessKeyId' }, { path: 'secretAccessKey' }],
  });
});

test('a role ARN that is not one is a 400 naming role_arn or roleArn', async () => {
  const { url } = await serverMode();

  const rest = await http(url, '/ec2/list', {
    query: { region_name: 'us-east-1', role_arn: 'arn:aws:iam::12345:user/bob' },
    headers: bearer(opsToken),
  });
  const typed = await trpcFailure(
    createEc2Client({
      url,
      token: opsToken,
      assumeRole: { roleArn, externalId: 'x' },
    }).ec2.list.query({ region: 'us-east-1' }),
  );

  expect(rest.status).toBe(400);
  expect(rest.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    issues: [
      {
        path: 'role_arn',
        message: expect.stringMatching(/^must be an IAM role ARN such as arn:aws:iam::/),
      },
    ],
  });
  expect(typed.data).toMatchObject({
    apiCode: 'VALIDATION_FAILED',
    issues: [{ path: 'externalId', message: expect.stringMatching(/^must be 2-1224/) }],
  });
});

test('an external id without a role ARN is a 400 asking for the ARN', async () => {
  const { url } = await serverMode();

  const response = await http(url, '/ec2/list', {
    query: { region_name: 'us-east-1', external_id: 'ext-1234' },
    headers: bearer(opsToken),
  });

  expect(response.status).toBe(400);
  expect(response.body.error.issues).toEqual([
    { path: 'role_arn', message: 'is required (header x-aws-role-arn)' },
  ]);
});

test('in caller mode a role to assume is a 400: the server has no credentials to use', async () => {
  const { url } = await startServer({ EC2_ENDPOINT: sandbox.current.endpoint });

  const response = await http(url, '/ec2/list', {
    query: originalParams(sandbox.current.credentials),
    headers: { 'x-aws-role-arn': roleArn },
  });

  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    issues: [
      {
        path: 'role_arn',
        message:
          'is only taken when the server uses its own AWS credentials (header x-aws-role-arn)',
      },
    ],
  });
});

test('server credentials that cannot be loaded are a 503 AWS_CREDENTIALS_UNAVAILABLE', async () => {
  const { url, logs } = await serverMode(async () => {
    const error = new Error('Could not load credentials from any providers');
    error.name = 'CredentialsProviderError';
    throw error;
  });

  const response = await http(url, '/ec2/list', {
    query: { region_name: 'us-east-1' },
    headers: bearer(opsToken),
  });

  expect(response.status).toBe(503);
  expect(response.body.error).toMatchObject({
    code: 'AWS_CREDENTIALS_UNAVAILABLE',
    message: 'The server could not load its own AWS credentials',
  });
  expect(logs.some((line) => line.includes('AWS_CREDENTIALS_UNAVAILABLE'))).toBe(true);
});
