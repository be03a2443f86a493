import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import { closedPortEndpoint } from './support/dead-endpoints.js';
import { http } from './support/http.js';
import { startServer } from './support/server.js';
import { apiTokens, bearer, ciToken, opsToken } from './support/tokens.js';
import { trpcFailure } from './support/trpc.js';

// Nothing listens at the EC2 endpoint; none of these requests gets that far.
async function serve(env: Record<string, string> = {}) {
  return startServer({ EC2_ENDPOINT: await closedPortEndpoint(), ...env });
}

const noRegion = { aws_access_key_id: 'AKIAEXAMPLE', aws_secret_access_key: 'secret' };

test('a caller past RATE_LIMIT_MAX gets a 429 RATE_LIMITED with Retry-After', async () => {
  const { url } = await serve({ RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '60000' });

  const allowed = [
    await http(url, '/ec2/list', { query: noRegion }),
    await http(url, '/ec2/list', { query: noRegion }),
  ];
  const limited = await http(url, '/ec2/list', { query: noRegion });
  const health = await http(url, '/healthz');

  expect(allowed.map((response) => response.status)).toEqual([400, 400]);
  expect(limited.status).toBe(429);
  expect(limited.body.error).toMatchObject({
    code: 'RATE_LIMITED',
    status: 429,
    message: 'More than 2 requests in the window; retry in 1 minute',
    requestId: limited.headers.get('x-request-id'),
  });
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(health.status).toBe(200);
});

test('the rate limit counts each token by itself', async () => {
  const { url } = await serve({ RATE_LIMIT_MAX: '1', API_TOKENS: apiTokens });

  const opsFirst = await http(url, '/ec2/list', {
    query: noRegion,
    headers: bearer(opsToken),
  });
  const opsSecond = await http(url, '/ec2/list', {
    query: noRegion,
    headers: bearer(opsToken),
  });
  const ciFirst = await http(url, '/ec2/list', {
    query: noRegion,
    headers: bearer(ciToken),
  });

  expect([opsFirst.status, opsSecond.status, ciFirst.status]).toEqual([400, 429, 400]);
});

test('the typed client reads RATE_LIMITED from a 429', async () => {
  const { url } = await serve({ RATE_LIMIT_MAX: '1' });
  const client = createEc2Client({
    url,
    credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' },
  });

  await trpcFailure(client.ec2.list.query({ region: 'nowhere' }));
  const error = await trpcFailure(client.ec2.list.query({ region: 'nowhere' }));

  expect(error.data).toMatchObject({
    code: 'TOO_MANY_REQUESTS',
    httpStatus: 429,
    apiCode: 'RATE_LIMITED',
  });
});

test('a body over BODY_LIMIT_BYTES is a 413 on REST and tRPC', async () => {
  const { url } = await serve({ BODY_LIMIT_BYTES: '1024' });
  const json = { region_name: 'us-east-1', padding: 'x'.repeat(2000) };

  const rest = await http(url, '/ec2/list', { json });
  const trpc = await http(url, '/trpc/ec2.stop', { json });
  const small = await http(url, '/ec2/list', { json: { region_name: 'us-east-1' } });

  expect(rest.status).toBe(413);
  expect(rest.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  expect(trpc.status).toBe(413);
  expect(trpc.body.error.data).toMatchObject({ apiCode: 'PAYLOAD_TOO_LARGE' });
  expect(small.status).toBe(400);
});

test('responses carry security headers and a policy that allows nothing', async () => {
  const { url } = await serve();

  const response = await http(url, '/ec2/list', { query: noRegion });

  expect(response.headers.get('content-security-policy')).toBe(
    "default-src 'none';base-uri 'none';form-action 'none';frame-ancestors 'none'",
  );
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
});

test('pages under /docs get a policy a Swagger UI works with, and need no token', async () => {
  const { url } = await serve({ API_TOKENS: apiTokens });

  const page = await http(url, '/docs');
  const asset = await http(url, '/docs/static/swagger-ui.css');

  expect(page.status).toBe(200);
  expect(asset.status).toBe(200);
  const policy = page.headers.get('content-security-policy') ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self' 'unsafe-inline'");
  expect(policy).toContain("img-src 'self' data:");
  expect(asset.headers.get('content-security-policy')).toBe(policy);
});

function preflight(url: string, origin: string) {
  return http(url, '/ec2/list', {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type,x-aws-role-arn',
    },
  });
}

test('a CORS preflight from a configured origin is allowed, with our headers', async () => {
  const origin = 'https://ops.example.com';
  const { url } = await serve({
    CORS_ORIGINS: `${origin},http://localhost:5173`,
    API_TOKENS: apiTokens,
  });

  const response = await preflight(url, origin);

  expect(response.status).toBe(204);
  expect(response.headers.get('access-control-allow-origin')).toBe(origin);
  const allowed = response.headers.get('access-control-allow-headers')?.split(/, */);
  expect(allowed).toEqual(
    expect.arrayContaining(['authorization', 'content-type', 'x-aws-role-arn']),
  );
  expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, POST');
});

test('a CORS preflight from any other origin, or with CORS off, is not allowed', async () => {
  const configured = await serve({ CORS_ORIGINS: 'https://ops.example.com' });
  const off = await serve();

  const other = await preflight(configured.url, 'https://evil.example.net');
  const unconfigured = await preflight(off.url, 'https://ops.example.com');

  expect(other.headers.get('access-control-allow-origin')).toBeNull();
  expect(unconfigured.headers.get('access-control-allow-origin')).toBeNull();
  expect(unconfigured.status).toBe(405);
});
