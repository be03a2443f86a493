import { apiErrors } from '@ec2-control/api';
import { Validator } from '@seriousme/openapi-schema-validator';
import { expect, test } from 'vitest';

import { closedPortEndpoint } from './support/dead-endpoints.js';
import { http } from './support/http.js';
import { fetchDocument, type OpenApiDocument } from './support/openapi.js';
import { startServer } from './support/server.js';
import { apiTokens } from './support/tokens.js';

// Nothing listens at the EC2 endpoint: these tests read the document only.
async function serve(env: Record<string, string> = {}) {
  return startServer({ EC2_ENDPOINT: await closedPortEndpoint(), ...env });
}

// The part of a response schema that names its error codes.
interface Shape {
  properties?: { error?: { properties?: { code?: { enum?: string[] } } } };
}

function operationsOf(document: OpenApiDocument) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
  );
}

test('/openapi.json is valid OpenAPI 3.1, with API tokens or without', async () => {
  const open = await serve();
  const guarded = await serve({ API_TOKENS: apiTokens });

  for (const { url } of [open, guarded]) {
    const { body } = await http(url, '/openapi.json');
    const result = await new Validator().validate(body);

    expect(body.openapi).toBe('3.1.0');
    expect(result).toEqual({ valid: true });
  }
});

test('the document and the docs page need no API token; routes do', async () => {
  const { url } = await serve({ API_TOKENS: apiTokens });

  const document = await http(url, '/openapi.json');
  const page = await http(url, '/docs');
  const pageDocument = await http(url, '/docs/json');
  const list = await http(url, '/ec2/list');

  expect(document.status).toBe(200);
  expect(document.headers.get('content-type')).toMatch(/^application\/json/);
  expect(page.status).toBe(200);
  expect(pageDocument.body).toEqual(document.body);
  expect(list.status).toBe(401);
});

test('bearer security is documented only when API tokens are configured', async () => {
  const open = await fetchDocument((await serve()).url);
  const guarded = await fetchDocument((await serve({ API_TOKENS: apiTokens })).url);
  const health = (document: OpenApiDocument) => document.paths['/healthz']?.get;

  expect(open.security).toBeUndefined();
  expect(open.components?.securitySchemes).toBeUndefined();
  expect(guarded.security).toEqual([{ apiToken: [] }]);
  expect(guarded.components?.securitySchemes).toEqual({
    apiToken: { type: 'http', scheme: 'bearer' },
  });
  expect(health(guarded)).toMatchObject({ security: [] });
});

test('the document names every REST route and method, and nothing else', async () => {
  const document = await fetchDocument((await serve()).url);

  const operations = operationsOf(document).map(
    ({ path, method }) => `${method} ${path}`,
  );

  expect(operations).toEqual([
    'get /ec2/list',
    'post /ec2/list',
    'post /ec2/start',
    'post /ec2/stop',
    'get /healthz',
  ]);
});

/** Each documented error response's status and the codes its body may carry. */
async function errorCodesOf(url: string, path: string, method: string) {
  const { body } = await http(url, '/openapi.json');
  const responses = Object.entries(body.paths[path][method].responses);

  return responses.flatMap(([status, response]) => {
    const { schema } = (response as { content: Record<string, { schema: Shape }> })
      .content['application/json'] ?? { schema: {} };
    const codes = schema.properties?.error?.properties?.code?.enum ?? [];
    return codes.map((code) => ({ status: Number(status), code }));
  });
}

test('error responses list only the catalogue codes of their status', async () => {
  const open = await serve();
  const guarded = await serve({ API_TOKENS: apiTokens });
  const operations = operationsOf(await fetchDocument(guarded.url));

  for (const { path, method } of operations) {
    for (const { status, code } of await errorCodesOf(guarded.url, path, method)) {
      expect(apiErrors[code as keyof typeof apiErrors]?.status, code).toBe(status);
    }
  }
  const stop = (await errorCodesOf(guarded.url, '/ec2/stop', 'post')).map((e) => e.code);
  const list = (await errorCodesOf(open.url, '/ec2/list', 'get')).map((e) => e.code);
  expect(stop).toEqual(
    expect.arrayContaining(['API_TOKEN_MISSING', 'INSTANCE_NOT_FOUND', 'WAIT_TIMED_OUT']),
  );
  expect(list).toContain('VALIDATION_FAILED');
  expect(list).not.toContain('API_TOKEN_MISSING');
  expect(list).not.toContain('INSTANCE_NOT_FOUND');
  expect(list).not.toContain('ROUTE_NOT_FOUND');
});

test('a POST body takes what GET takes in its query, as JSON or a form', async () => {
  const document = await fetchDocument((await serve()).url);
  const list = document.paths['/ec2/list'];
  const query = list?.get?.parameters?.filter((p) => p.in === 'query').map((p) => p.name);
  const content = list?.post?.requestBody?.content ?? {};

  expect(Object.keys(content)).toEqual([
    'application/json',
    'application/x-www-form-urlencoded',
  ]);
  expect(Object.keys(content['application/json']?.schema.properties ?? {})).toEqual(
    query,
  );
  expect(content['application/x-www-form-urlencoded']).toEqual(
    content['application/json'],
  );
  expect(query).toEqual(expect.arrayContaining(['region_name', 'aws_access_key_id']));
});
