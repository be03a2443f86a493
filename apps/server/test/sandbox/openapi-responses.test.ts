import { demoInstanceIds as ids } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { type HttpCall, type HttpResult, http } from '../support/http.js';
import { documentSchemas, fetchDocument } from '../support/openapi.js';
import { useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { apiTokens } from '../support/tokens.js';

const sandbox = useSandbox({ delays: { pendingMs: 20, stoppingMs: 20 } });

const unknownId = 'i-0123456789abcdef0';

function keys(credentials = sandbox.current.credentials) {
  return {
    'x-aws-access-key-id': credentials.accessKeyId,
    'x-aws-secret-access-key': credentials.secretAccessKey,
  };
}

function post(json: Record<string, unknown>, headers = keys()): HttpCall {
  return { method: 'POST', json: { region_name: 'us-east-1', ...json }, headers };
}

async function serve(env: Record<string, string> = {}) {
  const { url } = await startServer({
    EC2_ENDPOINT: sandbox.current.endpoint,
    AWS_MAX_ATTEMPTS: '1',
    WAIT_POLL_MS: '10',
    ...env,
  });
  const schemas = documentSchemas(await fetchDocument(url));

  /** Sends a call and returns its status and what the document says is wrong with it. */
  async function conforms(path: string, call: HttpCall) {
    const response: HttpResult = await http(url, path, call);
    const method = (call.method ?? 'GET').toLowerCase();
    const problems = schemas.checkResponse(path, method, response.status, response.body);
    return { status: response.status, problems };
  }
  return { conforms };
}

test('successful answers match the documented 200 schemas', async () => {
  const { conforms } = await serve();
  sandbox.current.admin.addFault({ kind: 'region-failure', region: 'eu-west-1' });

  const calls = [
    await conforms('/ec2/list', { query: { region_name: 'us-east-1' }, headers: keys() }),
    await conforms('/ec2/list', {
      query: { regions: ['us-east-1', 'eu-west-1'] },
      headers: keys(),
    }),
    await conforms('/healthz', {}),
    await conforms('/ec2/start', post({ instance_id: [ids.worker1], wait: true })),
    await conforms('/ec2/stop', post({ instance_id: [ids.web1, unknownId] })),
    await conforms('/ec2/stop', post({ instance_id: ids.api1, dry_run: true })),
    await conforms('/ec2/stop', post({ instance_id: ids.analytics1, hibernate: true })),
  ];

  expect(calls).toEqual(calls.map(() => ({ status: 200, problems: [] })));
});

test('failures of the caller or of EC2 match the documented error schemas', async () => {
  const { conforms } = await serve();
  const wrongSecret = { ...sandbox.current.credentials, secretAccessKey: 'wrong' };
  sandbox.current.admin.addFault({ kind: 'stop-protection', instanceIds: [ids.web2] });
  sandbox.current.admin.addFault({
    kind: 'insufficient-capacity',
    instanceIds: [ids.worker1],
  });

  const calls = [
    await conforms('/ec2/list', { query: { region_name: 'Mars' }, headers: keys() }),
    await conforms('/ec2/list', { query: { region_name: 'us-east-1' } }),
    await conforms('/ec2/list', {
      query: { region_name: 'us-east-1' },
      headers: keys(wrongSecret),
    }),
    await conforms(
      '/ec2/stop',
      post({ instance_id: ids.web1 }, keys(sandbox.current.readOnlyCredentials)),
    ),
    await conforms('/ec2/start', post({ instance_id: unknownId })),
    await conforms('/ec2/stop', post({ instance_id: ids.web2 })),
    await conforms('/ec2/start', post({ instance_id: ids.worker1 })),
    await conforms('/ec2/list', {
      method: 'POST',
      body: 'region_name=us-east-1',
      headers: { 'content-type': 'text/plain' },
    }),
  ];

  sandbox.current.admin.addFault({ kind: 'internal-error', action: 'DescribeInstances' });
  calls.push(
    await conforms('/ec2/list', { query: { region_name: 'us-east-1' }, headers: keys() }),
  );

  expect(calls.map(({ status }) => status)).toEqual([
    400, 400, 401, 403, 404, 409, 503, 415, 502,
  ]);
  expect(calls.map(({ problems }) => problems)).toEqual(calls.map(() => []));
});

test('refusals by the server itself match the documented error schemas', async () => {
  const guarded = await serve({ API_TOKENS: apiTokens });
  const small = await serve({ BODY_LIMIT_BYTES: '1024' });
  // Reading the document is the one request the limit lets through.
  const limited = await serve({ RATE_LIMIT_MAX: '1' });
  const big = { instance_id: ids.web1, padding: 'x'.repeat(2000) };

  const calls = [
    await guarded.conforms('/ec2/list', { query: { region_name: 'us-east-1' } }),
    await small.conforms('/ec2/stop', post(big)),
    await limited.conforms('/ec2/stop', post({ instance_id: ids.web1 })),
  ];

  expect(calls).toEqual([
    { status: 401, problems: [] },
    { status: 413, problems: [] },
    { status: 429, problems: [] },
  ]);
});
