import type { Counts } from '../options.js';
import type { SandboxProcess } from '../processes/sandbox-process.js';

export interface BenchContext {
  sandbox: SandboxProcess;
  counts: Counts;
}

/** Every figure but fan-out lists this one region. */
export const REGION = 'us-east-1';

/**
 * The server's environment for a run against the sandbox, its defaults otherwise. Its
 * per-caller rate limit is off: a benchmark is one caller sending far more than a
 * person would, and would measure the limiter's 429s instead of the listing.
 */
export function serverEnv(
  sandbox: SandboxProcess,
  extra: Record<string, string> = {},
): Record<string, string> {
  return { EC2_ENDPOINT: sandbox.endpoint, RATE_LIMIT_MAX: '0', ...extra };
}
