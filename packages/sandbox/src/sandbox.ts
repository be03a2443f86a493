import { createSandboxAdmin, type SandboxAdmin } from './admin/sandbox-admin.js';
import type { KeyPair } from './auth/key-pair.js';
import { demoKeyPairs } from './demo/demo-credentials.js';
import { FaultInjector } from './faults/fault-injector.js';
import { Fleet } from './fleet/fleet.js';
import type { Delays } from './fleet/transitions.js';
import {
  DEFAULT_DELAYS,
  DEFAULT_REGIONS,
  type SandboxOptions,
} from './sandbox-options.js';

/** The sandbox's state and settings, shared by the EC2 endpoint and the admin API. */
export interface Sandbox {
  readonly fleet: Fleet;
  readonly faults: FaultInjector;
  readonly keyPairs: ReadonlyMap<string, KeyPair>;
  readonly enabledRegions: ReadonlySet<string>;
  readonly delays: Delays;
  readonly clock: () => number;
  readonly admin: SandboxAdmin;
}

function checkDelays(delays: Delays): Delays {
  for (const [name, value] of Object.entries(delays)) {
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`Delay ${name} must be a non-negative number of milliseconds`);
    }
  }

  return delays;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const regions = options.regions ?? DEFAULT_REGIONS;
  const fleet = new Fleet(regions);
  const faults = new FaultInjector();
  const keyPairs = [...demoKeyPairs, ...(options.keyPairs ?? [])];
  const clock = options.clock ?? Date.now;
  const admin = createSandboxAdmin({
    fleet,
    faults,
    clock,
    initialFleet: options.fleet ?? 'demo',
    initialFaults: options.faults ?? [],
  });

  admin.reset();

  return {
    fleet,
    faults,
    keyPairs: new Map(keyPairs.map((keyPair) => [keyPair.accessKeyId, keyPair])),
    enabledRegions: new Set(regions),
    delays: checkDelays({ ...DEFAULT_DELAYS, ...options.delays }),
    clock,
    admin,
  };
}
