import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import { wrongToken } from '../support/canary.js';
import { http } from '../support/http.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { apiTokens, bearer, ciToken, opsToken } from '../support/tokens.js';
import { trpcFailure } from '../support/trpc.js';

const sandbox = useSandbox();

// Caller mode with tokens: callers bring AWS keys and a token too.
async function server() {
  return startServer({ EC2_ENDPOINT: sandbox.current.endpoint, API_TOKENS: apiTokens });
}

function trpcList() {
  const input = encodeURIComponent(JSON.stringify({ region: 'us-east-1' }));
  return `/trpc/ec2.list?input=${input}`;
}

test('a REST call without a token is a 401 API_TOKEN_MISSING', async () => {
  const { url } = await server();

  const response = await http(url, '/ec2/list', {
    query: originalParams(sandbox.current.credentials),
  });

  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
  expect(response.body).toEqual({
    error: {
      code: 'API_TOKEN_MISSING',
      status: 401,
      message: 'An API token is required: send it as Authorization: Bearer <token>',
      requestId: response.headers.get('x-request-id'),
    },
  });
});

test('a REST call with a wrong token, or another scheme, is refused', async () => {
  const { url } = await server();
  const query = originalParams(sandbox.current.credentials);

  const wrong = await http(url, '/ec2/list', { query, headers: bearer(wrongToken) });
  const basic = await http(url, '/ec2/list', {
    query,
    headers: { authorization: `Basic ${opsToken}` },
  });
  const empty = await http(url, '/ec2/list', { query, headers: bearer('') });

  expect(wrong.status).toBe(401);
  expect(wrong.body.error.code).toBe('API_TOKEN_INVALID');
  expect(basic.body.error.code).toBe('API_TOKEN_MISSING');
  expect(empty.body.error.code).toBe('API_TOKEN_MISSING');
});

test('a REST call with a configured token goes through', async () => {
  const { url } = await server();
  const query = originalParams(sandbox.current.credentials);

  const ops = await http(url, '/ec2/list', { query, headers: bearer(opsToken) });
  const ci = await http(url, '/ec2/list', {
    query,
    headers: { authorization: `bearer  ${ciToken}` },
  });

  expect(ops.status).toBe(200);
  expect(ops.body.instances.length).toBeGreaterThan(0);
  expect(ci.status).toBe(200);
});

test('tRPC calls without or with a wrong token get 401s in tRPC error shape', async () => {
  const { url } = await server();

  const missing = await http(url, trpcList());
  const wrong = await http(url, trpcList(), { headers: bearer(wrongToken) });

  expect(missing.status).toBe(401);
  expect(missing.body.error.data).toMatchObject({
    code: 'UNAUTHORIZED',
    httpStatus: 401,
    apiCode: 'API_TOKEN_MISSING',
    requestId: missing.headers.get('x-request-id'),
  });
  expect(wrong.status).toBe(401);
  expect(wrong.body.error.data.apiCode).toBe('API_TOKEN_INVALID');
});

test('the typed client is refused without or with a wrong token, and served with one', async () => {
  const { url } = await server();
  const { credentials } = sandbox.current;
  const query = { region: 'us-east-1' };

  const missing = await trpcFailure(
    createEc2Client({ url, credentials }).ec2.list.query(query),
  );
  const wrong = await trpcFailure(
    createEc2Client({ url, credentials, token: wrongToken }).ec2.list.query(query),
  );
  const served = await createEc2Client({
    url,
    credentials,
    token: async () => opsToken,
  }).ec2.list.query(query);

  expect(missing.data).toMatchObject({ httpStatus: 401, apiCode: 'API_TOKEN_MISSING' });
  expect(wrong.data).toMatchObject({ httpStatus: 401, apiCode: 'API_TOKEN_INVALID' });
  expect(missing.message).toContain('API token is required');
  expect(served.instances.length).toBeGreaterThan(0);
});

test('the health check and unknown routes: open and refused', async () => {
  const { url } = await server();

  const health = await http(url, '/healthz');
  const unknown = await http(url, '/ec2/reboot');

  expect(health.status).toBe(200);
  expect(health.body).toEqual({ status: 'ok' });
  // Without a token nothing is revealed, not even which routes exist.
  expect(unknown.status).toBe(401);
});

test('without API_TOKENS no token is asked for', async () => {
  const { url } = await startServer({ EC2_ENDPOINT: sandbox.current.endpoint });

  const response = await http(url, '/ec2/list', {
    query: originalParams(sandbox.current.credentials),
  });

  expect(response.status).toBe(200);
});

test('no token, right or wrong, shows in any log line or response', async () => {
  const { url, logs } = await server();
  const query = originalParams(sandbox.current.credentials);

  const responses = [
    await http(url, '/ec2/list', { query, headers: bearer(opsToken) }),
    await http(url, '/ec2/list', { query, headers: bearer(wrongToken) }),
    await http(url, trpcList(), { headers: bearer(wrongToken) }),
    await http(url, '/ec2/stop', {
      json: { ...query, instance_id: 'i-0123456789abcdef0' },
      headers: bearer(ciToken),
    }),
  ];

  const seen = [
    ...logs,
    ...responses.map((r) => r.text + JSON.stringify([...r.headers])),
  ];
  const leaks = [opsToken, ciToken, wrongToken].flatMap((token) =>
    seen.filter((text) => text.includes(token.slice(4, 20))),
  );
  expect(logs.length).toBeGreaterThan(responses.length);
  expect(leaks).toEqual([]);
});
