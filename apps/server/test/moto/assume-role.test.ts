import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import { launchInstance, motoEc2 } from '../support/ec2.js';
import { http } from '../support/http.js';
import { createIamUser } from '../support/iam.js';
import { createRole } from '../support/iam-role.js';
import { auditLines } from '../support/logs.js';
import { useMoto } from '../support/moto.js';
import { startServer } from '../support/server.js';
import { apiTokens, bearer, opsToken } from '../support/tokens.js';

const moto = useMoto();

function serverEnv() {
  return {
    EC2_ENDPOINT: moto.endpoint,
    STS_ENDPOINT: moto.endpoint,
    AWS_CREDENTIALS: 'server',
    API_TOKENS: apiTokens,
  };
}

/**
 * moto checking credentials, an instance to act on, a role allowed EC2, and a server
 * whose own identity may only assume roles: EC2 calls succeed only through the role.
 */
async function setUp() {
  const instanceId = await launchInstance(motoEc2(moto.endpoint));
  const master = await createIamUser(moto.endpoint, 'ec2-control', ['sts:AssumeRole']);
  const roleArn = await createRole(moto.endpoint, 'ec2-operator', ['ec2:*']);
  await moto.server.enforceAuth();

  const server = await startServer(serverEnv(), {
    serverCredentials: async () => master,
  });
  return { server, roleArn, instanceId };
}

test('without a role the server acts as itself, which may not use EC2', async () => {
  const { server } = await setUp();

  const response = await http(server.url, '/ec2/list', {
    query: { region_name: 'us-east-1' },
    headers: bearer(opsToken),
  });

  expect(response.status).toBe(403);
  expect(response.body.error).toMatchObject({
    code: 'AWS_UNAUTHORIZED',
    awsCode: 'AccessDenied',
  });
});

test('with a role ARN the server assumes the role through STS and lists', async () => {
  const { server, roleArn, instanceId } = await setUp();

  const byHeader = await http(server.url, '/ec2/list', {
    query: { region_name: 'us-east-1' },
    headers: { ...bearer(opsToken), 'x-aws-role-arn': roleArn },
  });
  const byParam = await http(server.url, '/ec2/list', {
    json: { region_name: 'us-east-1', role_arn: roleArn, external_id: 'ext-4711' },
    headers: bearer(opsToken),
  });

  expect(byHeader.status).toBe(200);
  expect(byHeader.body.instances.map((instance: { id: string }) => instance.id)).toEqual([
    instanceId,
  ]);
  expect(byParam.status).toBe(200);
});

test('the typed client stops an instance through an assumed role, and it is audited', async () => {
  const { server, roleArn, instanceId } = await setUp();
  const client = createEc2Client({
    url: server.url,
    token: opsToken,
    assumeRole: { roleArn, externalId: 'ext-4711' },
  });

  const result = await client.ec2.stop.mutate({
    region: 'us-east-1',
    instanceIds: [instanceId],
  });

  expect(result.instances).toMatchObject([
    { id: instanceId, previousState: 'running', currentState: 'stopping' },
  ]);
  // moto checks credentials now, so the instance is read back through the role too.
  const { instances } = await client.ec2.list.query({ region: 'us-east-1' });
  expect(instances).toMatchObject([{ id: instanceId, state: 'stopped' }]);
  expect(auditLines(server.logs)).toEqual([
    {
      audit: true,
      caller: 'ops-team',
      action: 'stop',
      region: 'us-east-1',
      instanceIds: [instanceId],
      dryRun: false,
      outcome: { ok: 1, failed: 0 },
    },
  ]);
});

test('server credentials STS does not know are a 401 from AssumeRole', async () => {
  await moto.server.enforceAuth();
  const unknownKeys = { accessKeyId: 'AKIANOSUCHUSER000000', secretAccessKey: 'nope' };
  const server = await startServer(serverEnv(), {
    serverCredentials: async () => unknownKeys,
  });

  const response = await http(server.url, '/ec2/list', {
    query: { region_name: 'us-east-1' },
    headers: {
      ...bearer(opsToken),
      'x-aws-role-arn': 'arn:aws:iam::123456789012:role/x',
    },
  });

  expect(response.status).toBe(401);
  expect(response.body.error).toMatchObject({
    code: 'AWS_AUTH_FAILED',
    awsCode: 'InvalidClientTokenId',
  });
});
