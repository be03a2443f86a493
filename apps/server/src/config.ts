import { z } from 'zod';

import { type ApiToken, apiTokensSchema, originsSchema } from './config-lists.js';

const LOG_LEVELS = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
] as const;

function integer(min: number, max: number) {
  return z.coerce.number().int().min(min).max(max);
}

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: integer(0, 65_535).default(3000),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
  EC2_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  EC2_PAGE_SIZE: integer(5, 1000).default(1000),
  LIST_REGION_CONCURRENCY: integer(1, 64).default(16),
  AWS_MAX_ATTEMPTS: integer(1, 10).default(3),
  AWS_CONNECT_TIMEOUT_MS: integer(100, 60_000).default(3000),
  AWS_REQUEST_TIMEOUT_MS: integer(100, 300_000).default(15_000),
  AWS_CLIENT_CACHE_SIZE: integer(1, 10_000).default(100),
  EC2_SHARE_READS: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((value) => value === 'true' || value === '1'),
  WAIT_POLL_MS: integer(10, 60_000).default(2000),
  AWS_CREDENTIALS: z.enum(['caller', 'server']).default('caller'),
  STS_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  API_TOKENS: apiTokensSchema.optional(),
  RATE_LIMIT_MAX: integer(0, 1_000_000).default(600),
  RATE_LIMIT_WINDOW_MS: integer(1000, 86_400_000).default(60_000),
  BODY_LIMIT_BYTES: integer(1024, 104_857_600).default(1_048_576),
  CORS_ORIGINS: originsSchema.optional(),
});

// Server credentials hand the server's AWS power to whoever reaches it; tokens decide who.
const checkedEnvSchema = envSchema.refine(
  (values) => values.AWS_CREDENTIALS === 'caller' || (values.API_TOKENS ?? []).length > 0,
  { path: ['API_TOKENS'], message: 'is required when AWS_CREDENTIALS=server' },
);

export type Env = z.input<typeof envSchema>;

/** Server settings, validated once at start and passed down from there. */
export interface Config {
  host: string;
  port: number;
  logLevel: (typeof LOG_LEVELS)[number];
  /** `pretty` renders lines for people, in development. */
  logFormat: 'json' | 'pretty';
  aws: {
    endpoint?: string | undefined;
    pageSize: number;
    /** Regions one list call queries at the same time. */
    listRegionConcurrency: number;
    maxAttempts: number;
    connectTimeoutMs: number;
    requestTimeoutMs: number;
    clientCacheSize: number;
    /** Identical DescribeInstances calls in flight at once share one call to EC2. */
    shareReads: boolean;
    /** First delay between DescribeInstances polls when a start or stop waits. */
    waitPollMs: number;
    /** `caller`: each request's own keys. `server`: the default credential chain. */
    credentials: 'caller' | 'server';
    /** Where roles are assumed in server mode; AWS's STS when unset. */
    stsEndpoint?: string | undefined;
  };
  /** Bearer tokens the API requires; none means no token is asked for. */
  apiTokens: ApiToken[];
  limits: {
    /** Requests one caller may make per window; 0 turns rate limiting off. */
    rateLimitMax: number;
    rateLimitWindowMs: number;
    bodyLimitBytes: number;
  };
  /** Browser origins allowed to call the API; none turns CORS off. */
  corsOrigins: string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "not set", as shells and .env files commonly write it.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== ''),
  );
  const parsed = checkedEnvSchema.safeParse(present);

  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }

  const values = parsed.data;
  return {
    host: values.HOST,
    port: values.PORT,
    logLevel: values.LOG_LEVEL,
    logFormat: values.LOG_FORMAT,
    aws: {
      endpoint: values.EC2_ENDPOINT,
      pageSize: values.EC2_PAGE_SIZE,
      listRegionConcurrency: values.LIST_REGION_CONCURRENCY,
      maxAttempts: values.AWS_MAX_ATTEMPTS,
      connectTimeoutMs: values.AWS_CONNECT_TIMEOUT_MS,
      requestTimeoutMs: values.AWS_REQUEST_TIMEOUT_MS,
      clientCacheSize: values.AWS_CLIENT_CACHE_SIZE,
      shareReads: values.EC2_SHARE_READS,
      waitPollMs: values.WAIT_POLL_MS,
      credentials: values.AWS_CREDENTIALS,
      stsEndpoint: values.STS_ENDPOINT,
    },
    apiTokens: values.API_TOKENS ?? [],
    limits: {
      rateLimitMax: values.RATE_LIMIT_MAX,
      rateLimitWindowMs: values.RATE_LIMIT_WINDOW_MS,
      bodyLimitBytes: values.BODY_LIMIT_BYTES,
    },
    corsOrigins: values.CORS_ORIGINS ?? [],
  };
}

interface EnvironmentLayers {
  /** Used where the environment sets nothing. */
  defaults?: Record<string, string>;
  /** Used whatever the environment says. */
  overrides?: Record<string, string>;
}

/** The configuration of this process, read from its environment. */
export function configFromEnvironment(layers: EnvironmentLayers = {}): Config {
  return parseConfig({ ...layers.defaults, ...process.env, ...layers.overrides });
}

const devSchema = z.object({
  SANDBOX_PORT: integer(0, 65_535).default(4599),
});

/** Extra settings of `pnpm dev`, which runs the server on an embedded sandbox. */
export function devConfigFromEnvironment() {
  const parsed = devSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new ConfigError(
      `Invalid configuration:\n  SANDBOX_PORT: ${parsed.error.issues[0]?.message}`,
    );
  }
  return { sandboxPort: parsed.data.SANDBOX_PORT };
}
