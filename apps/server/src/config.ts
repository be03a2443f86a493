import { z } from 'zod';

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
  AWS_MAX_ATTEMPTS: integer(1, 10).default(3),
  AWS_CONNECT_TIMEOUT_MS: integer(100, 60_000).default(3000),
  AWS_REQUEST_TIMEOUT_MS: integer(100, 300_000).default(15_000),
  AWS_CLIENT_CACHE_SIZE: integer(1, 10_000).default(100),
});

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
    maxAttempts: number;
    connectTimeoutMs: number;
    requestTimeoutMs: number;
    clientCacheSize: number;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "not set", as shells and .env files commonly write it.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== ''),
  );
  const parsed = envSchema.safeParse(present);

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
      maxAttempts: values.AWS_MAX_ATTEMPTS,
      connectTimeoutMs: values.AWS_CONNECT_TIMEOUT_MS,
      requestTimeoutMs: values.AWS_REQUEST_TIMEOUT_MS,
      clientCacheSize: values.AWS_CLIENT_CACHE_SIZE,
    },
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
