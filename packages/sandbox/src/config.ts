import { z } from 'zod';
import type { FleetSpec } from './fleet/fleet-spec.js';
import type { Delays } from './fleet/transitions.js';
import { DEFAULT_DELAYS } from './sandbox-options.js';

const delay = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(4599),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  SANDBOX_PENDING_MS: delay(DEFAULT_DELAYS.pendingMs),
  SANDBOX_STOPPING_MS: delay(DEFAULT_DELAYS.stoppingMs),
  SANDBOX_SHUTTING_DOWN_MS: delay(DEFAULT_DELAYS.shuttingDownMs),
  SANDBOX_GENERATE: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

export interface SandboxConfig {
  readonly port: number;
  readonly host: string;
  readonly logLevel: string;
  readonly delays: Delays;
  readonly fleet: FleetSpec;
}

/** Reads the standalone sandbox's settings from the environment, once, at startup. */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
): SandboxConfig {
  const parsed = envSchema.parse(env);

  return {
    port: parsed.PORT,
    host: parsed.HOST,
    logLevel: parsed.LOG_LEVEL,
    delays: {
      pendingMs: parsed.SANDBOX_PENDING_MS,
      stoppingMs: parsed.SANDBOX_STOPPING_MS,
      shuttingDownMs: parsed.SANDBOX_SHUTTING_DOWN_MS,
    },
    fleet:
      parsed.SANDBOX_GENERATE === undefined
        ? 'demo'
        : { generate: parsed.SANDBOX_GENERATE },
  };
}
