import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import { closedPortEndpoint, silentEndpoint } from '../support/dead-endpoints.js';
import { type HttpCall, type HttpResult, http } from '../support/http.js';
import { useMoto } from '../support/moto.js';
import { startServer, type TestServer } from '../support/server.js';

const moto = useMoto();

// Valid in shape, so requests get as far as EC2; '/' and '+' make their URL-encoded
// forms differ from the raw ones, and both are looked for.
const canary = {
  accessKeyId: 'AKIACANARY4A7Q2Z9W1X',
  secretAccessKey: 'CanarySecret/7f3a+Q9xZ2/Lm8+Kp4Rt6Yw0Vb1N',
  sessionToken: 'CanaryToken/Fw9Eq+2Lz8Xk4Mv/Pn6Rt1Yb3Hc5Js7Gd0',
};
const asParams = {
  aws_access_key_id: canary.accessKeyId,
  aws_secret_access_key: canary.secretAccessKey,
  aws_session_token: canary.sessionToken,
};
const asHeaders = {
  'x-aws-access-key-id': canary.accessKeyId,
  'x-aws-secret-access-key': canary.secretAccessKey,
  'x-aws-session-token': canary.sessionToken,
};
const unknownId = 'i-0123456789abcdef0';

// The whole value, its URL encoding, and a piece from its middle to catch truncation.
const leakForms = Object.values(canary).flatMap((value) => [
  value,
  encodeURIComponent(value),
  value.slice(6, 18),
]);

function leaksIn(text: string): string[] {
  return leakForms.filter((form) => text.includes(form));
}

function trpcGet(region: string): string {
  return `/trpc/ec2.list?input=${encodeURIComponent(JSON.stringify({ region }))}`;
}

/** Sends each call and returns its response keyed by label, in order. */
async function sendAll(server: TestServer, calls: Record<string, [string, HttpCall]>) {
  const results: Record<string, HttpResult> = {};
  for (const [label, [path, call]] of Object.entries(calls)) {
    results[label] = await http(server.url, path, call);
  }
  return results;
}

function statusesOf(results: Record<string, HttpResult>) {
  return Object.fromEntries(Object.entries(results).map(([k, r]) => [k, r.status]));
}

function expectNoLeaks(server: TestServer, results: Record<string, HttpResult>) {
  const requestIds = Object.values(results).map((r) => r.headers.get('x-request-id'));

  // Logs were captured for every request, so an empty or dead log stream fails here.
  const logText = server.logs.join('\n');
  expect(server.logs.length).toBeGreaterThan(requestIds.length);
  for (const id of requestIds) {
    expect(id).toMatch(/\S/);
    expect(logText).toContain(id ?? 'x-request-id');
  }

  const loggedLeaks = server.logs.filter((line) => leaksIn(line).length > 0);
  const bodyLeaks = Object.entries(results)
    .map(([label, r]) => ({
      label,
      leaks: leaksIn(r.text + JSON.stringify([...r.headers])),
    }))
    .filter((entry) => entry.leaks.length > 0);
  expect(loggedLeaks).toEqual([]);
  expect(bodyLeaks).toEqual([]);
}

test('REST requests carrying AWS keys in query, form, JSON or headers never show them', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint, LOG_LEVEL: 'trace' });
  const region = { region_name: 'us-east-1' };
  const stop = { ...region, instance_id: unknownId };

  const results = await sendAll(server, {
    query: ['/ec2/list', { query: { ...asParams, ...region } }],
    form: ['/ec2/list', { form: { ...asParams, ...region } }],
    json: ['/ec2/list', { json: { ...asParams, ...region } }],
    headers: ['/ec2/list', { query: region, headers: asHeaders }],
    badRegion: ['/ec2/list', { query: { ...asParams, region_name: 'nowhere' } }],
    badKeyShape: [
      '/ec2/list',
      { query: { ...asParams, ...region, aws_access_key_id: `${canary.accessKeyId}-` } },
    ],
    badId: [
      '/ec2/stop',
      { method: 'POST', query: { ...asParams, ...region, instance_id: 'i-x' } },
    ],
    unknownByQuery: ['/ec2/stop', { method: 'POST', query: { ...asParams, ...stop } }],
    unknownByForm: ['/ec2/start', { form: { ...asParams, ...stop } }],
    unknownByJson: ['/ec2/stop', { json: { ...asParams, ...stop } }],
    unknownByHeaders: ['/ec2/stop', { method: 'POST', query: stop, headers: asHeaders }],
    malformedJson: [
      '/ec2/list',
      {
        body: `{"aws_secret_access_key": "${canary.secretAccessKey}", "region_name": `,
        headers: { 'content-type': 'application/json' },
      },
    ],
    xmlBody: [
      '/ec2/list',
      {
        body: `<key>${canary.secretAccessKey}</key>`,
        headers: { 'content-type': 'application/xml' },
      },
    ],
    wrongMethod: ['/ec2/start', { query: { ...asParams, ...stop } }],
    unknownPath: ['/ec2/reboot', { query: { ...asParams, ...stop }, headers: asHeaders }],
  });

  expect(statusesOf(results)).toEqual({
    query: 200,
    form: 200,
    json: 200,
    headers: 200,
    badRegion: 400,
    badKeyShape: 400,
    badId: 400,
    unknownByQuery: 404,
    unknownByForm: 404,
    unknownByJson: 404,
    unknownByHeaders: 404,
    malformedJson: 400,
    xmlBody: 415,
    wrongMethod: 405,
    unknownPath: 404,
  });
  expectNoLeaks(server, results);
});

test('tRPC requests carrying AWS keys in headers never show them', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint, LOG_LEVEL: 'trace' });
  const client = createEc2Client({ url: server.url, credentials: canary });
  const stop = { region: 'us-east-1', instanceIds: [unknownId] };

  const results = await sendAll(server, {
    list: [trpcGet('us-east-1'), { headers: asHeaders }],
    badRegion: [trpcGet('nowhere'), { headers: asHeaders }],
    unknownInstance: ['/trpc/ec2.stop', { json: stop, headers: asHeaders }],
    malformedJson: [
      '/trpc/ec2.start',
      {
        body: `{"secret": "${canary.secretAccessKey}", "region": `,
        headers: { ...asHeaders, 'content-type': 'application/json' },
      },
    ],
  });
  const clientError = await client.ec2.stop.mutate(stop).catch((error: unknown) => error);

  expect(statusesOf(results)).toEqual({
    list: 200,
    badRegion: 400,
    unknownInstance: 404,
    malformedJson: 400,
  });
  expect(clientError).toMatchObject({ data: { apiCode: 'INSTANCE_NOT_FOUND' } });
  expect(leaksIn(JSON.stringify(clientError) + String(clientError))).toEqual([]);
  expectNoLeaks(server, results);
});

test('calls that fail at the EC2 endpoint never show the AWS keys', async () => {
  const region = { region_name: 'us-east-1' };
  const calls: Record<string, [string, HttpCall]> = {
    rest: ['/ec2/list', { query: { ...asParams, ...region } }],
    restHeaders: [
      '/ec2/stop',
      { json: { ...region, instance_id: unknownId }, headers: asHeaders },
    ],
    trpc: [trpcGet('us-east-1'), { headers: asHeaders }],
  };
  const denied = await startServer({ EC2_ENDPOINT: moto.endpoint, LOG_LEVEL: 'trace' });
  const unreachable = await startServer({
    EC2_ENDPOINT: await closedPortEndpoint(),
    LOG_LEVEL: 'trace',
  });
  const silent = await startServer({
    EC2_ENDPOINT: await silentEndpoint(),
    LOG_LEVEL: 'trace',
    AWS_REQUEST_TIMEOUT_MS: '300',
    AWS_MAX_ATTEMPTS: '1',
  });
  await moto.server.enforceAuth();

  const deniedResults = await sendAll(denied, calls);
  const unreachableResults = await sendAll(unreachable, calls);
  const silentResults = await sendAll(silent, calls);

  expect(statusesOf(deniedResults)).toEqual({ rest: 401, restHeaders: 401, trpc: 401 });
  expect(statusesOf(unreachableResults)).toEqual({
    rest: 502,
    restHeaders: 502,
    trpc: 502,
  });
  expect(statusesOf(silentResults)).toEqual({ rest: 504, restHeaders: 504, trpc: 504 });
  expect(denied.logs.some((line) => line.includes('AWS_AUTH_FAILED'))).toBe(true);
  expectNoLeaks(denied, deniedResults);
  expectNoLeaks(unreachable, unreachableResults);
  expectNoLeaks(silent, silentResults);
});
