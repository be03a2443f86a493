import { demoInstanceIds as ids } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { closedPortEndpoint } from '../support/dead-endpoints.js';
import { http } from '../support/http.js';
import { documentSchemas, fetchDocument } from '../support/openapi.js';
import { useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { apiTokens, bearer, opsToken } from '../support/tokens.js';

type Value = string | number | boolean | string[];
type Params = Record<string, Value>;

/** One documented parameter: a value the document allows, and one it refuses. */
interface Case {
  valid: Value;
  invalid: Value;
  /** Base parameters this one stands in for. */
  drop?: string[];
  /** Parameters the valid value needs beside it. */
  with?: Params;
  /** The name errors use, for a second name of a parameter. */
  reportedAs?: string;
  /** The route splits this text before the API's rules apply, which the schema cannot. */
  schemaAllows?: boolean;
}

const session = {
  accessKeyId: 'AKIADOCSSESSION00001',
  secretAccessKey: 'docsSessionSecretKey/0000000000000000001',
  sessionToken: 'FwoGZXIvYXdzEDocsSessionToken+0000000001',
};
const sandbox = useSandbox({
  delays: { pendingMs: 20, stoppingMs: 20 },
  keyPairs: [session],
});

// Server mode only: caller mode refuses them whatever they say.
const roleNames = ['role_arn', 'external_id', 'x-aws-role-arn', 'x-aws-external-id'];
const roleArn = 'arn:aws:iam::123456789012:role/ec2-operator';

function credentialCases(): Record<string, Case> {
  const { accessKeyId, secretAccessKey } = sandbox.current.credentials;
  const sessionKeys = {
    'x-aws-access-key-id': session.accessKeyId,
    'x-aws-secret-access-key': session.secretAccessKey,
  };
  const bad = 'has space';

  return {
    'x-aws-access-key-id': {
      valid: accessKeyId,
      invalid: bad,
      reportedAs: 'aws_access_key_id',
    },
    'x-aws-secret-access-key': {
      valid: secretAccessKey,
      invalid: bad,
      reportedAs: 'aws_secret_access_key',
    },
    'x-aws-session-token': {
      valid: session.sessionToken,
      invalid: bad,
      with: sessionKeys,
      reportedAs: 'aws_session_token',
    },
    aws_access_key_id: {
      valid: accessKeyId,
      invalid: bad,
      drop: ['x-aws-access-key-id'],
    },
    aws_secret_access_key: {
      valid: secretAccessKey,
      invalid: bad,
      drop: ['x-aws-secret-access-key'],
    },
    aws_session_token: { valid: session.sessionToken, invalid: bad, with: sessionKeys },
  };
}

function regionCases(): Record<string, Case> {
  return {
    region_name: { valid: 'us-east-1', invalid: 'Mars' },
    region: {
      valid: 'us-east-1',
      invalid: 'Mars',
      drop: ['region_name'],
      reportedAs: 'region_name',
    },
  };
}

function idCases(id: string, invalid: string[]): Record<string, Case> {
  const other = { drop: ['instance_id'], reportedAs: 'instance_id' };
  return {
    instance_id: { valid: [id], invalid },
    InstanceId: { valid: [id], invalid, ...other },
    instanceIds: { valid: [id], invalid, ...other },
  };
}

async function listCases(url: string): Promise<Record<string, Case>> {
  const firstPage = await http(url, '/ec2/list', {
    query: { region_name: 'us-east-1', limit: '5' },
    headers: credentialHeaders(),
  });
  const cursor: string = firstPage.body.nextCursor;
  const tag = { valid: ['env=prod'], invalid: ['=orphan'], schemaAllows: true };

  return {
    ...regionCases(),
    regions: {
      valid: ['us-east-1', 'eu-west-1'],
      invalid: ['Mars'],
      drop: ['region_name'],
    },
    state: { valid: ['running'], invalid: ['asleep'] },
    states: { valid: ['running', 'stopped'], invalid: ['asleep'], reportedAs: 'state' },
    tag,
    tags: { ...tag, reportedAs: 'tag' },
    name: { valid: 'web-*', invalid: '' },
    ...idCases(ids.web1, ['i-XYZ']),
    instance_type: { valid: ['t3.micro'], invalid: ['T3 MICRO'] },
    instanceTypes: {
      valid: ['m5.*'],
      invalid: ['T3 MICRO'],
      reportedAs: 'instance_type',
    },
    limit: { valid: 5, invalid: 4 },
    cursor: { valid: cursor, invalid: 'not a cursor!', with: { limit: 5 } },
  };
}

function flag(name: string, reportedAs?: string): Record<string, Case> {
  return {
    [name]: { valid: true, invalid: 'maybe', ...(reportedAs ? { reportedAs } : {}) },
  };
}

function startCases(): Record<string, Case> {
  const seconds = { valid: 60, invalid: 0 };
  return {
    ...regionCases(),
    ...idCases(ids.worker1, ['i-XYZ']),
    ...flag('dry_run'),
    ...flag('dryRun', 'dry_run'),
    ...flag('wait'),
    wait_timeout_seconds: seconds,
    waitTimeoutSeconds: { ...seconds, reportedAs: 'wait_timeout_seconds' },
  };
}

function stopCases(): Record<string, Case> {
  const fallback = { valid: true, invalid: 'maybe', with: { hibernate: true } };
  return {
    ...startCases(),
    ...idCases(ids.analytics1, ['i-XYZ']),
    ...flag('hibernate'),
    hibernate_fallback: fallback,
    hibernateFallback: { ...fallback, reportedAs: 'hibernate_fallback' },
    ...flag('force'),
  };
}

function credentialHeaders(): Record<string, string> {
  const { accessKeyId, secretAccessKey } = sandbox.current.credentials;
  return {
    'x-aws-access-key-id': accessKeyId,
    'x-aws-secret-access-key': secretAccessKey,
  };
}

type Encoding = 'query' | 'json' | 'form';

/** Headers by name; the rest travel as the query, a JSON body or a form. */
function send(url: string, path: string, encoding: Encoding, params: Params) {
  const headers: Record<string, string> = {};
  const json: Params = {};
  const text: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name.startsWith('x-') || name === 'authorization') headers[name] = String(value);
    else {
      json[name] = value;
      text[name] = Array.isArray(value) ? value : String(value);
    }
  }

  if (encoding === 'json') return http(url, path, { method: 'POST', json, headers });
  if (encoding === 'form')
    return http(url, path, { method: 'POST', form: text, headers });
  return http(url, path, { query: text, headers });
}

function withCase(base: Params, name: string, testCase: Case, value: Value): Params {
  const kept = Object.entries(base).filter(([key]) => !testCase.drop?.includes(key));
  return { ...Object.fromEntries(kept), ...testCase.with, [name]: value };
}

interface Route {
  path: string;
  encoding: Encoding;
  base: Params;
  cases(url: string): Promise<Record<string, Case>> | Record<string, Case>;
}

const routes: Record<string, Route> = {
  'GET /ec2/list': { path: '/ec2/list', encoding: 'query', base: {}, cases: listCases },
  'POST /ec2/list as JSON': {
    path: '/ec2/list',
    encoding: 'json',
    base: {},
    cases: listCases,
  },
  'POST /ec2/list as a form': {
    path: '/ec2/list',
    encoding: 'form',
    base: {},
    cases: listCases,
  },
  'POST /ec2/start as JSON': {
    path: '/ec2/start',
    encoding: 'json',
    base: { instance_id: [ids.worker1] },
    cases: startCases,
  },
  'POST /ec2/start as a form': {
    path: '/ec2/start',
    encoding: 'form',
    base: { instance_id: [ids.worker1] },
    cases: startCases,
  },
  'POST /ec2/stop as JSON': {
    path: '/ec2/stop',
    encoding: 'json',
    base: { instance_id: [ids.analytics1] },
    cases: stopCases,
  },
  'POST /ec2/stop as a form': {
    path: '/ec2/stop',
    encoding: 'form',
    base: { instance_id: [ids.analytics1] },
    cases: stopCases,
  },
};

const issuePaths = (body: { error?: { issues?: { path: string }[] } }) =>
  body.error?.issues?.map((issue) => issue.path) ?? [];

test.each(Object.keys(routes))(
  '%s reads each documented parameter: allowed values work, refused ones are 400s',
  async (label) => {
    const route = routes[label] as Route;
    const method = route.encoding === 'query' ? 'get' : 'post';
    const where = route.encoding === 'query' ? 'query' : 'body';
    const { url } = await startServer({
      EC2_ENDPOINT: sandbox.current.endpoint,
      WAIT_POLL_MS: '10',
    });
    const schemas = documentSchemas(await fetchDocument(url));
    const cases = { ...credentialCases(), ...(await route.cases(url)) };
    const base = { ...credentialHeaders(), region_name: 'us-east-1', ...route.base };

    const documented = [
      ...schemas.parameterNames(route.path, method, 'header'),
      ...schemas.parameterNames(route.path, method, where),
    ].filter((name) => !roleNames.includes(name));
    expect(Object.keys(cases).sort()).toEqual([...documented].sort());

    for (const [name, testCase] of Object.entries(cases)) {
      const check = (value: Value) =>
        schemas.checkParameter(route.path, method, name, value);
      expect(check(testCase.valid), name).toEqual([]);
      if (!testCase.schemaAllows) expect(check(testCase.invalid), name).not.toEqual([]);

      const served = await send(
        url,
        route.path,
        route.encoding,
        withCase(base, name, testCase, testCase.valid),
      );
      const refused = await send(
        url,
        route.path,
        route.encoding,
        withCase(base, name, testCase, testCase.invalid),
      );

      expect(served.status, `${name}: ${served.text}`).toBe(200);
      expect(schemas.checkResponse(route.path, method, 200, served.body)).toEqual([]);
      expect(refused.status, name).toBe(400);
      expect(issuePaths(refused.body), name).toContainEqual(
        expect.stringMatching(new RegExp(`^${testCase.reportedAs ?? name}(\\[|$)`)),
      );
    }
  },
);

test('role parameters and headers are read in server mode', async () => {
  const { url } = await startServer(
    {
      EC2_ENDPOINT: sandbox.current.endpoint,
      AWS_CREDENTIALS: 'server',
      API_TOKENS: apiTokens,
      // Nothing answers there: a role that passes validation fails to be assumed.
      STS_ENDPOINT: await closedPortEndpoint(),
      AWS_MAX_ATTEMPTS: '1',
    },
    { serverCredentials: async () => sandbox.current.credentials },
  );
  const schemas = documentSchemas(await fetchDocument(url));
  const external = { valid: 'ext-1234', invalid: 'x' };
  const cases: Record<string, Case> = {
    role_arn: { valid: roleArn, invalid: 'arn:aws:iam::1:user/bob' },
    external_id: { ...external, with: { role_arn: roleArn } },
    'x-aws-role-arn': { valid: roleArn, invalid: 'bob', reportedAs: 'role_arn' },
    'x-aws-external-id': {
      ...external,
      with: { 'x-aws-role-arn': roleArn },
      reportedAs: 'external_id',
    },
  };
  const base = { region_name: 'us-east-1', ...bearer(opsToken) };

  for (const [name, testCase] of Object.entries(cases)) {
    const params = (value: Value) => withCase(base, name, testCase, value);
    const passed = await send(url, '/ec2/list', 'query', params(testCase.valid));
    const refused = await send(url, '/ec2/list', 'query', params(testCase.invalid));

    expect(
      schemas.checkParameter('/ec2/list', 'get', name, testCase.invalid),
    ).not.toEqual([]);
    expect(passed.status, `${name}: ${passed.text}`).not.toBe(400);
    expect(schemas.checkResponse('/ec2/list', 'get', passed.status, passed.body)).toEqual(
      [],
    );
    expect(issuePaths(refused.body), name).toEqual([testCase.reportedAs ?? name]);
  }
});
