import type { FaultInjector, FaultView } from '../faults/fault-injector.js';
import type { FaultRule } from '../faults/fault-schema.js';
import type { Fleet } from '../fleet/fleet.js';
import type { FleetSpec } from '../fleet/fleet-spec.js';
import { placeFleet } from '../fleet/load-fleet.js';
import { type RegionView, regionView } from './state-view.js';

export interface StateQuery {
  /** Only this region. */
  readonly region?: string | undefined;
  /** How many instances to list per region; all are counted. Default 100. */
  readonly limit?: number | undefined;
}

export interface SandboxState {
  readonly regions: readonly RegionView[];
  readonly faults: readonly FaultView[];
}

/** Controls for tests and demos, shared by the in-process API and the admin routes. */
export interface SandboxAdmin {
  /** Restores the fleet and the faults the sandbox started with. */
  reset(): void;
  /** Replaces every region's instances; an invalid spec throws and changes nothing. */
  loadFleet(spec: FleetSpec): void;
  setFaults(rules: readonly FaultRule[]): void;
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  faults(): FaultView[];
  state(query?: StateQuery): SandboxState;
}

export interface AdminTargets {
  readonly fleet: Fleet;
  readonly faults: FaultInjector;
  readonly clock: () => number;
  readonly initialFleet: FleetSpec;
  readonly initialFaults: readonly FaultRule[];
}

export function createSandboxAdmin(targets: AdminTargets): SandboxAdmin {
  const { fleet, faults, clock } = targets;

  function loadFleet(spec: FleetSpec): void {
    fleet.replace(placeFleet(spec, fleet.regionNames));
  }

  return {
    reset() {
      loadFleet(targets.initialFleet);
      faults.set(targets.initialFaults);
    },
    loadFleet,
    setFaults: (rules) => faults.set(rules),
    addFault: (rule) => faults.add(rule),
    clearFaults: () => faults.set([]),
    faults: () => faults.list(),
    state({ region, limit = 100 } = {}) {
      const now = clock();
      const names = fleet.regionNames.filter(
        (name) => region === undefined || name === region,
      );

      return {
        regions: names.flatMap((name) => {
          const instances = fleet.region(name);

          return instances === undefined ? [] : [regionView(name, instances, now, limit)];
        }),
        faults: faults.list(),
      };
    },
  };
}
