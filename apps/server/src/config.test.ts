import { expect, test } from 'vitest';

import { ConfigError, parseConfig } from './config.js';

const token = 'T0ken-For-Tests-0123456789abcdefghij';

function configError(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

test('by default the server takes callers keys, asks no token, and limits gently', () => {
  const config = parseConfig({});

  expect(config.aws.credentials).toBe('caller');
  expect(config.apiTokens).toEqual([]);
  expect(config.limits).toEqual({
    rateLimitMax: 600,
    rateLimitWindowMs: 60_000,
    bodyLimitBytes: 1_048_576,
  });
  expect(config.corsOrigins).toEqual([]);
});

test('server credentials without API tokens are refused, naming API_TOKENS', () => {
  expect(configError({ AWS_CREDENTIALS: 'server' })).toBe(
    'Invalid configuration:\n  API_TOKENS: is required when AWS_CREDENTIALS=server',
  );
});

test('API tokens are read as name:token pairs', () => {
  const config = parseConfig({
    AWS_CREDENTIALS: 'server',
    API_TOKENS: ` ops-team:${token} , ci-2:${token}x:y `,
    STS_ENDPOINT: 'http://127.0.0.1:5000',
  });

  expect(config.apiTokens).toEqual([
    { name: 'ops-team', token },
    { name: 'ci-2', token: `${token}x:y` },
  ]);
  expect(config.aws.stsEndpoint).toBe('http://127.0.0.1:5000');
});

test('bad API tokens are refused by position and name, never showing a token', () => {
  const message = configError({
    API_TOKENS: [
      `Ops:${token}`,
      'ci:short-token',
      token,
      `ok:${token}`,
      `ok:${token}2`,
      `other:${token}`,
      `spaced:${token} x`,
    ].join(','),
  });

  expect(message.split('\n')).toEqual([
    'Invalid configuration:',
    '  API_TOKENS: entry 1 (Ops) name must be 1-64 lowercase letters, digits or dashes',
    '  API_TOKENS: entry 2 (ci) token must be at least 32 characters',
    '  API_TOKENS: entry 3 must be name:token',
    '  API_TOKENS: entry 5 (ok) repeats an earlier name or token',
    '  API_TOKENS: entry 6 (other) repeats an earlier name or token',
    '  API_TOKENS: entry 7 (spaced) token must be printable characters without spaces or commas',
  ]);
  expect(message).not.toContain(token.slice(0, 12));
  expect(message).not.toContain('short-token');
});

test('CORS origins must be bare origins', () => {
  const config = parseConfig({
    CORS_ORIGINS: 'https://ops.example.com, http://localhost:5173',
  });

  expect(config.corsOrigins).toEqual([
    'https://ops.example.com',
    'http://localhost:5173',
  ]);
  expect(configError({ CORS_ORIGINS: 'https://ops.example.com/, *' })).toBe(
    [
      'Invalid configuration:',
      '  CORS_ORIGINS: "https://ops.example.com/" must be an origin such as https://ops.example.com',
      '  CORS_ORIGINS: "*" must be an origin such as https://ops.example.com',
    ].join('\n'),
  );
});

test('limits are checked for range, and a rate limit of 0 is allowed', () => {
  expect(parseConfig({ RATE_LIMIT_MAX: '0' }).limits.rateLimitMax).toBe(0);
  expect(configError({ BODY_LIMIT_BYTES: '10' })).toContain('BODY_LIMIT_BYTES');
  expect(configError({ AWS_CREDENTIALS: 'instance' })).toContain('AWS_CREDENTIALS');
});

test('shared reads are on unless EC2_SHARE_READS is false or 0, as REST flags read', () => {
  expect(parseConfig({}).aws.shareReads).toBe(true);
  expect(parseConfig({ EC2_SHARE_READS: 'false' }).aws.shareReads).toBe(false);
  expect(parseConfig({ EC2_SHARE_READS: '0' }).aws.shareReads).toBe(false);
  expect(parseConfig({ EC2_SHARE_READS: '1' }).aws.shareReads).toBe(true);
  expect(configError({ EC2_SHARE_READS: 'no' })).toMatch(/^ {2}EC2_SHARE_READS: /m);
});
