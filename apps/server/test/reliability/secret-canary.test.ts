import { demoInstanceIds } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import {
  canary,
  canaryExternalId,
  canaryHeaders,
  canaryParams,
  expectNoLeaks,
  sendAll,
  statusesOf,
  wrongToken,
} from '../support/canary.js';
import { closedPortEndpoint } from '../support/dead-endpoints.js';
import type { HttpCall, HttpResult } from '../support/http.js';
import { useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { apiTokens, bearer, opsToken } from '../support/tokens.js';

// The canary keys are a key pair the sandbox accepts, so calls succeed as well as fail.
const sandbox = useSandbox({
  keyPairs: [canary],
  delays: { pendingMs: 0, stoppingMs: 0, shuttingDownMs: 0 },
});

type Calls = Record<string, [string, HttpCall]>;

interface Target {
  region: string;
  instanceId: string;
}

const running: Target = { region: 'us-east-1', instanceId: demoInstanceIds.web1 };
const unknown: Target = { region: 'us-east-1', instanceId: 'i-0123456789abcdef0' };
const routes = ['list', 'start', 'stop'] as const;

function restInput(route: string, target: Target) {
  const region = { region_name: target.region };
  return route === 'list' ? region : { ...region, instance_id: target.instanceId };
}

function trpcCall(
  route: string,
  target: Target,
  headers: Record<string, string>,
  extra: Record<string, string> = {},
): [string, HttpCall] {
  const { region, instanceId } = target;
  if (route === 'list') {
    const input = encodeURIComponent(JSON.stringify({ region }));
    return [`/trpc/ec2.list?input=${input}`, { headers }];
  }
  const json = { region, instanceIds: [instanceId], ...extra };
  return [`/trpc/ec2.${route}`, { json, headers }];
}

/** Every route, with the canary keys in every channel it takes: 15 calls. */
function everyChannel(target: Target, extra: Record<string, string> = {}): Calls {
  const calls: Calls = {};

  for (const route of routes) {
    const path = `/ec2/${route}`;
    const input = { ...restInput(route, target), ...extra };
    const method = 'POST';
    calls[`REST ${route} query`] = [
      path,
      { method, query: { ...canaryParams, ...input } },
    ];
    calls[`REST ${route} form`] = [path, { form: { ...canaryParams, ...input } }];
    calls[`REST ${route} JSON`] = [path, { json: { ...canaryParams, ...input } }];
    calls[`REST ${route} headers`] = [
      path,
      { method, query: input, headers: canaryHeaders },
    ];
    calls[`tRPC ${route}`] = trpcCall(route, target, canaryHeaders, extra);
  }
  return calls;
}

/** The routes outside the API, with the canary keys in every channel. */
function outsideRoutes(): Calls {
  return {
    'health query': ['/healthz', { query: canaryParams }],
    'health headers': ['/healthz', { headers: canaryHeaders }],
    'unknown route query': ['/ec2/reboot', { query: canaryParams }],
    'unknown route JSON': ['/ec2/reboot', { json: canaryParams }],
    'unknown route headers': ['/nowhere', { headers: canaryHeaders }],
    'wrong method': ['/ec2/start', { query: canaryParams, headers: canaryHeaders }],
    'unknown procedure': ['/trpc/ec2.reboot', { json: {}, headers: canaryHeaders }],
  };
}

function every(results: Record<string, HttpResult>, status: number) {
  return Object.fromEntries(Object.keys(results).map((label) => [label, status]));
}

async function traceServer(env: Record<string, string> = {}) {
  return startServer({
    EC2_ENDPOINT: sandbox.current.endpoint,
    LOG_LEVEL: 'trace',
    AWS_MAX_ATTEMPTS: '1',
    ...env,
  });
}

test('successful calls on every route and channel never show a secret', async () => {
  const server = await traceServer();

  const results = await sendAll(server.url, everyChannel(running));
  const outside = await sendAll(server.url, outsideRoutes());

  expect(statusesOf(results)).toEqual(every(results, 200));
  expect(statusesOf(outside)).toEqual({
    'health query': 200,
    'health headers': 200,
    'unknown route query': 404,
    'unknown route JSON': 404,
    'unknown route headers': 404,
    'wrong method': 405,
    'unknown procedure': 404,
  });
  expectNoLeaks(server.logs, { ...results, ...outside });
});

test('validation failures on every route and channel never show a secret', async () => {
  const server = await traceServer();

  const badRegion = await sendAll(
    server.url,
    everyChannel({ ...running, region: 'x/..' }),
  );
  const badKeys = await sendAll(server.url, {
    'key id shape': ['/ec2/list', { query: { ...canaryParams, aws_access_key_id: '-' } }],
    'secret shape': [
      '/ec2/list',
      { json: { ...canaryParams, aws_secret_access_key: `${canary.secretAccessKey} x` } },
    ],
    'keys twice': [
      '/ec2/list',
      {
        query: { ...canaryParams, aws_secret_access_key: ['a', canary.secretAccessKey] },
      },
    ],
  });

  expect(statusesOf(badRegion)).toEqual(every(badRegion, 400));
  expect(statusesOf(badKeys)).toEqual(every(badKeys, 400));
  expectNoLeaks(server.logs, { ...badRegion, ...badKeys });
});

test('AWS authentication failures never show a secret', async () => {
  const server = await traceServer();
  sandbox.current.admin.setFaults([{ kind: 'region-failure', region: 'us-east-1' }]);

  const results = await sendAll(server.url, everyChannel(running));

  expect(statusesOf(results)).toEqual(every(results, 401));
  expectNoLeaks(server.logs, results);
});

test('instances not found never show a secret', async () => {
  const server = await traceServer();

  const all = await sendAll(server.url, everyChannel(unknown));
  const results = Object.fromEntries(
    Object.entries(all).filter(([label]) => !label.includes('list')),
  );

  expect(statusesOf(results)).toEqual(every(results, 404));
  expectNoLeaks(server.logs, all);
});

test('throttled calls never show a secret', async () => {
  const server = await traceServer();
  sandbox.current.admin.setFaults([{ kind: 'throttle' }]);

  const results = await sendAll(server.url, everyChannel(running));

  expect(statusesOf(results)).toEqual(every(results, 429));
  expectNoLeaks(server.logs, results);
});

test('calls to an unreachable EC2 endpoint never show a secret', async () => {
  const server = await traceServer({ EC2_ENDPOINT: await closedPortEndpoint() });

  const results = await sendAll(server.url, everyChannel(running));

  expect(statusesOf(results)).toEqual(every(results, 502));
  expectNoLeaks(server.logs, results);
});

test('calls that time out at EC2 never show a secret', async () => {
  const server = await traceServer({ AWS_REQUEST_TIMEOUT_MS: '200' });
  sandbox.current.admin.setFaults([{ kind: 'latency', ms: 1000 }]);

  const results = await sendAll(server.url, everyChannel(running));

  expect(statusesOf(results)).toEqual(every(results, 504));
  expectNoLeaks(server.logs, results);
});

test('rate-limited calls never show a secret', async () => {
  const server = await traceServer({ RATE_LIMIT_MAX: '1' });

  const results = await sendAll(server.url, everyChannel(running));
  const [first, ...others] = Object.keys(results);

  expect(statusesOf(results)).toEqual({
    ...every(results, 429),
    [first ?? '']: 200,
  });
  expect(others.map((label) => results[label]?.body.error?.code ?? 'tRPC')).not.toContain(
    'AWS_THROTTLED',
  );
  expectNoLeaks(server.logs, results);
});

test('bodies over the limit never show a secret', async () => {
  const server = await traceServer({ BODY_LIMIT_BYTES: '1024' });
  const padding = { padding: 'x'.repeat(2048) };

  const all = await sendAll(server.url, everyChannel(running, padding));
  const results = Object.fromEntries(
    Object.entries(all).filter(([label]) => /form|JSON|tRPC (start|stop)/.test(label)),
  );

  expect(statusesOf(results)).toEqual(every(results, 413));
  expectNoLeaks(server.logs, all);
});

test('API tokens, right or wrong, never show on any route or error path', async () => {
  const server = await traceServer({ API_TOKENS: apiTokens });
  const withToken = (token: string, calls: Calls): Calls =>
    Object.fromEntries(
      Object.entries(calls).map(([label, [path, call]]) => [
        `${label} (${token === opsToken ? 'right' : 'wrong'} token)`,
        [path, { ...call, headers: { ...call.headers, ...bearer(token) } }],
      ]),
    );

  const right = await sendAll(server.url, withToken(opsToken, everyChannel(running)));
  const wrong = await sendAll(server.url, withToken(wrongToken, everyChannel(running)));
  const outside = await sendAll(server.url, withToken(wrongToken, outsideRoutes()));

  expect(statusesOf(right)).toEqual(every(right, 200));
  expect(statusesOf(wrong)).toEqual(every(wrong, 401));
  expect(Object.values(statusesOf(outside))).toEqual([200, 200, 401, 401, 401, 401, 401]);
  expectNoLeaks(server.logs, { ...right, ...wrong, ...outside });
});

test('in server mode neither its own keys nor a role to assume ever show', async () => {
  const sts = await closedPortEndpoint();
  const server = await startServer(
    {
      EC2_ENDPOINT: sandbox.current.endpoint,
      LOG_LEVEL: 'trace',
      AWS_MAX_ATTEMPTS: '1',
      AWS_CREDENTIALS: 'server',
      API_TOKENS: apiTokens,
      STS_ENDPOINT: sts,
    },
    { serverCredentials: async () => canary },
  );
  const token = bearer(opsToken);
  const region = { region_name: 'us-east-1' };
  const role = {
    role_arn: 'arn:aws:iam::123456789012:role/ec2-operator',
    external_id: canaryExternalId,
  };
  const roleHeaders = {
    ...token,
    'x-aws-role-arn': role.role_arn,
    'x-aws-external-id': canaryExternalId,
  };
  const [trpcPath] = trpcCall('list', running, {});

  const results = await sendAll(server.url, {
    'own keys REST': ['/ec2/list', { query: region, headers: token }],
    'own keys tRPC': [trpcPath, { headers: token }],
    'role headers REST': ['/ec2/list', { query: region, headers: roleHeaders }],
    'role headers tRPC': [trpcPath, { headers: roleHeaders }],
    'role query': ['/ec2/list', { query: { ...region, ...role }, headers: token }],
    'role form': ['/ec2/list', { form: { ...region, ...role }, headers: token }],
    'role JSON': ['/ec2/list', { json: { ...region, ...role }, headers: token }],
    'bad role ARN': [
      '/ec2/list',
      {
        query: { ...region, ...role, role_arn: 'arn:aws:iam::1:user/x' },
        headers: token,
      },
    ],
    'keys refused': [
      '/ec2/list',
      { query: { ...region, ...canaryParams }, headers: token },
    ],
  });

  expect(statusesOf(results)).toEqual({
    'own keys REST': 200,
    'own keys tRPC': 200,
    'role headers REST': 502,
    'role headers tRPC': 502,
    'role query': 502,
    'role form': 502,
    'role JSON': 502,
    'bad role ARN': 400,
    'keys refused': 400,
  });
  expectNoLeaks(server.logs, results);
});
