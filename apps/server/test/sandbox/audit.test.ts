import { keyFingerprint } from '@ec2-control/api';
import { createEc2Client } from '@ec2-control/client';
import { demoInstanceIds as ids } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { http } from '../support/http.js';
import { auditLines } from '../support/logs.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { apiTokens, bearer, ciToken, opsToken } from '../support/tokens.js';

const sandbox = useSandbox();

test('every start and stop, by tRPC or REST, writes one audit line', async () => {
  const { endpoint, credentials } = sandbox.current;
  const server = await startServer({ EC2_ENDPOINT: endpoint });
  const client = createEc2Client({ url: server.url, credentials });

  await client.ec2.start.mutate({ region: 'us-east-1', instanceIds: [ids.worker1] });
  await http(server.url, '/ec2/stop', {
    form: { ...originalParams(credentials), instance_id: ids.web1 },
  });
  await client.ec2.list.query({ region: 'us-east-1' });

  const caller = keyFingerprint(credentials.accessKeyId);
  expect(auditLines(server.logs)).toEqual([
    {
      audit: true,
      caller,
      action: 'start',
      region: 'us-east-1',
      instanceIds: [ids.worker1],
      dryRun: false,
      outcome: { ok: 1, failed: 0 },
    },
    {
      audit: true,
      caller,
      action: 'stop',
      region: 'us-east-1',
      instanceIds: [ids.web1],
      dryRun: false,
      outcome: { ok: 1, failed: 0 },
    },
  ]);
});

test('a state change EC2 refuses is audited with the error code', async () => {
  const { endpoint, readOnlyCredentials } = sandbox.current;
  const server = await startServer({ EC2_ENDPOINT: endpoint });

  const response = await http(server.url, '/ec2/stop', {
    form: { ...originalParams(readOnlyCredentials), instance_id: ids.web1 },
  });

  expect(response.status).toBe(403);
  expect(auditLines(server.logs)).toMatchObject([
    { action: 'stop', instanceIds: [ids.web1], outcome: { error: 'AWS_UNAUTHORIZED' } },
  ]);
});

test('a dry run is audited as one', async () => {
  const { endpoint, credentials } = sandbox.current;
  const server = await startServer({ EC2_ENDPOINT: endpoint });
  const client = createEc2Client({ url: server.url, credentials });

  await client.ec2.stop.mutate({
    region: 'us-east-1',
    instanceIds: [ids.web1],
    dryRun: true,
  });

  expect(auditLines(server.logs)).toMatchObject([
    { action: 'stop', instanceIds: [ids.web1], dryRun: true },
  ]);
});

test('a state change that failed for some instances is audited with both counts', async () => {
  const { endpoint, credentials } = sandbox.current;
  const server = await startServer({ EC2_ENDPOINT: endpoint });
  const unknownId = 'i-0123456789abcdef0';

  const response = await http(server.url, '/ec2/stop', {
    form: { ...originalParams(credentials), instance_id: [unknownId, ids.web1] },
  });

  expect(response.status).toBe(200);
  expect(auditLines(server.logs)).toMatchObject([
    { action: 'stop', instanceIds: [unknownId, ids.web1], outcome: { ok: 1, failed: 1 } },
  ]);
});

test('with API tokens the audit line names the token, and no secret is logged', async () => {
  const { endpoint, credentials } = sandbox.current;
  const server = await startServer({ EC2_ENDPOINT: endpoint, API_TOKENS: apiTokens });
  const client = createEc2Client({ url: server.url, credentials, token: ciToken });

  await client.ec2.stop.mutate({ region: 'us-east-1', instanceIds: [ids.web1] });
  await http(server.url, '/ec2/start', {
    json: { ...originalParams(credentials), instance_id: [ids.worker1] },
    headers: bearer(opsToken),
  });

  expect(
    auditLines(server.logs).map(({ caller, action }) => ({ caller, action })),
  ).toEqual([
    { caller: 'ci', action: 'stop' },
    { caller: 'ops-team', action: 'start' },
  ]);
  const secrets = [
    credentials.accessKeyId,
    credentials.secretAccessKey,
    ciToken,
    opsToken,
  ];
  const leaks = server.logs.filter((line) => secrets.some((s) => line.includes(s)));
  expect(leaks).toEqual([]);
});
