import {
  DescribeInstancesCommand,
  type EC2Client,
  StartInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import {
  decodeAuthorizationMessage,
  demoInstanceIds as ids,
  type RunningSandbox,
  startSandbox,
} from '../src/index.js';
import { ec2Client, rejection } from './support/sandbox.js';
import { signedFetch } from './support/signed-fetch.js';

const sessionKeyPair = {
  accessKeyId: 'ASIAEC2SANDBOXTEMP01',
  secretAccessKey: 'temporarySessionSecretKeyForTheTests0001',
  sessionToken: 'session-token-for-tests',
};

let sandbox: RunningSandbox;
let ec2: EC2Client;

beforeAll(async () => {
  sandbox = await startSandbox({ keyPairs: [sessionKeyPair] });
  ec2 = ec2Client(sandbox);
});

beforeEach(() => sandbox.admin.reset());

afterAll(() => sandbox.close());

async function stateOf(id: string, client = ec2): Promise<string | undefined> {
  const output = await client.send(new DescribeInstancesCommand({ InstanceIds: [id] }));

  return output.Reservations?.[0]?.Instances?.[0]?.State?.Name;
}

test('DryRun with permission answers DryRunOperation and changes nothing', async () => {
  const error = await rejection(
    ec2.send(new StopInstancesCommand({ InstanceIds: [ids.web1], DryRun: true })),
  );

  expect(error).toMatchObject({
    name: 'DryRunOperation',
    message: 'Request would have succeeded, but DryRun flag is set.',
    $metadata: { httpStatusCode: 412 },
  });
  expect(await stateOf(ids.web1)).toBe('running');
});

test('DryRun works on describe calls too', async () => {
  await expect(
    ec2.send(new DescribeInstancesCommand({ DryRun: true })),
  ).rejects.toMatchObject({
    name: 'DryRunOperation',
  });
});

test('the read-only key can describe instances', async () => {
  const readOnly = ec2Client(sandbox, { credentials: sandbox.readOnlyCredentials });

  expect(await stateOf(ids.web1, readOnly)).toBe('running');
});

test('the read-only key gets UnauthorizedOperation with an encoded reason', async () => {
  const readOnly = ec2Client(sandbox, { credentials: sandbox.readOnlyCredentials });
  const error = await rejection(
    readOnly.send(new StopInstancesCommand({ InstanceIds: [ids.web1] })),
  );
  const message = String(error.message);

  expect(error).toMatchObject({
    name: 'UnauthorizedOperation',
    $metadata: { httpStatusCode: 403 },
  });
  const [preamble, encoded = ''] = message.split(': ');

  expect(preamble).toBe(
    'You are not authorized to perform this operation. ' +
      'Encoded authorization failure message',
  );
  expect(encoded).toMatch(/^[\w-]+$/);
  expect(decodeAuthorizationMessage(encoded)).toMatchObject({
    allowed: false,
    context: { action: 'ec2:StopInstances' },
  });
  expect(await stateOf(ids.web1)).toBe('running');
});

test('DryRun without permission is UnauthorizedOperation, not DryRun', async () => {
  const readOnly = ec2Client(sandbox, { credentials: sandbox.readOnlyCredentials });

  await expect(
    readOnly.send(
      new StartInstancesCommand({ InstanceIds: [ids.worker1], DryRun: true }),
    ),
  ).rejects.toMatchObject({
    name: 'UnauthorizedOperation',
    $metadata: { httpStatusCode: 403 },
  });
});

test('a wrong secret key is an AuthFailure with status 401', async () => {
  const wrongSecret = ec2Client(sandbox, {
    credentials: { ...sandbox.credentials, secretAccessKey: 'not-the-right-secret' },
  });
  const error = await rejection(wrongSecret.send(new DescribeInstancesCommand({})));

  expect(error).toMatchObject({
    name: 'AuthFailure',
    Code: 'AuthFailure',
    message: 'AWS was not able to validate the provided access credentials',
    $metadata: { httpStatusCode: 401 },
  });
});

test('an unknown access key is an AuthFailure with status 401', async () => {
  const unknown = ec2Client(sandbox, {
    credentials: { accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 'whatever' },
  });

  await expect(unknown.send(new DescribeInstancesCommand({}))).rejects.toMatchObject({
    name: 'AuthFailure',
    $metadata: { httpStatusCode: 401 },
  });
});

test('a key pair with a session token requires that token', async () => {
  const { sessionToken, ...withoutToken } = sessionKeyPair;
  const noToken = ec2Client(sandbox, { credentials: withoutToken });
  const wrongToken = ec2Client(sandbox, {
    credentials: { ...withoutToken, sessionToken: 'another-token' },
  });
  const rightToken = ec2Client(sandbox, {
    credentials: { ...withoutToken, sessionToken },
  });

  await expect(noToken.send(new DescribeInstancesCommand({}))).rejects.toMatchObject({
    name: 'AuthFailure',
  });
  await expect(wrongToken.send(new DescribeInstancesCommand({}))).rejects.toMatchObject({
    name: 'AuthFailure',
  });
  expect(await stateOf(ids.web1, rightToken)).toBe('running');
});

test('a request without Authorization is MissingAuthenticationToken', async () => {
  const response = await signedFetch(
    sandbox.endpoint,
    'Action=DescribeInstances&Version=2016-11-15',
  );
  const body = await response.text();

  expect(response.status).toBe(401);
  expect(body).toContain('<Code>MissingAuthenticationToken</Code>');
});

test('a body changed after signing fails authentication', async () => {
  const response = await signedFetch(
    sandbox.endpoint,
    'Action=DescribeInstances&Version=2016-11-15',
    {
      credentials: sandbox.credentials,
      sentBody: `Action=StopInstances&Version=2016-11-15&InstanceId.1=${ids.web1}`,
    },
  );

  expect(response.status).toBe(401);
  expect(await response.text()).toContain('<Code>AuthFailure</Code>');
  expect(await stateOf(ids.web1)).toBe('running');
});

test('a signature from twenty minutes ago has expired', async () => {
  const response = await signedFetch(
    sandbox.endpoint,
    'Action=DescribeInstances&Version=2016-11-15',
    { credentials: sandbox.credentials, signingDate: new Date(Date.now() - 20 * 60_000) },
  );

  expect(response.status).toBe(400);
  expect(await response.text()).toContain('<Code>RequestExpired</Code>');
});

test('regions keep separate fleets, picked from the credential scope', async () => {
  const eu = ec2Client(sandbox, { region: 'eu-west-1' });
  await eu.send(new StopInstancesCommand({ InstanceIds: [ids.euWeb1] }));

  expect(await stateOf(ids.euWeb1, eu)).toBe('stopping');
  expect(await stateOf(ids.web1)).toBe('running');
  await expect(
    eu.send(new DescribeInstancesCommand({ InstanceIds: [ids.web1] })),
  ).rejects.toMatchObject({ name: 'InvalidInstanceID.NotFound' });
});

test('an enabled region without instances lists none', async () => {
  const oregon = ec2Client(sandbox, { region: 'us-west-2' });
  const output = await oregon.send(new DescribeInstancesCommand({}));

  expect(output.Reservations).toEqual([]);
});

test('a region that is not enabled fails authentication', async () => {
  const mumbai = ec2Client(sandbox, { region: 'ap-south-1' });

  await expect(mumbai.send(new DescribeInstancesCommand({}))).rejects.toMatchObject({
    name: 'AuthFailure',
    $metadata: { httpStatusCode: 401 },
  });
});
