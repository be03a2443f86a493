import type { FastifyServerOptions } from 'fastify';
import type { KeyPair } from './auth/key-pair.js';
import type { FaultRule } from './faults/fault-schema.js';
import type { FleetSpec } from './fleet/fleet-spec.js';
import type { Delays } from './fleet/transitions.js';

export interface SandboxOptions {
  /** How long each transition takes, in milliseconds; 0 settles at once. */
  readonly delays?: Partial<Delays>;
  /** The fleet loaded at start and on reset; the demo fleet by default. */
  readonly fleet?: FleetSpec;
  /** Key pairs accepted in addition to the two demo pairs. */
  readonly keyPairs?: readonly KeyPair[];
  /** Faults active from the start and restored on reset. */
  readonly faults?: readonly FaultRule[];
  /** Enabled regions, listed by DescribeRegions; others fail authentication. */
  readonly regions?: readonly string[];
  /** Fastify logger settings; silent unless given. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Milliseconds since the epoch; tests pass a manual clock to step through states. */
  readonly clock?: () => number;
}

export const DEFAULT_DELAYS: Delays = {
  pendingMs: 2000,
  stoppingMs: 3000,
  shuttingDownMs: 4000,
};

export const DEFAULT_REGIONS: readonly string[] = [
  'us-east-1',
  'eu-west-1',
  'us-west-2',
  'eu-central-1',
  'ap-southeast-2',
];
