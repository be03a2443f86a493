import type { Instance, StateName } from '../fleet/instance.js';
import { STATE_NAMES } from '../fleet/instance.js';
import { phaseAt } from '../fleet/instance-state.js';
import type { RegionFleet } from '../fleet/region-fleet.js';

export interface InstanceView {
  readonly instanceId: string;
  readonly state: StateName;
  readonly instanceType: string;
  readonly availabilityZone: string;
  readonly launchTime: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly keyName?: string;
  readonly platform?: 'windows';
  readonly hibernationConfigured: boolean;
  readonly stateReason?: string;
}

export interface RegionView {
  readonly region: string;
  readonly total: number;
  readonly byState: Readonly<Record<StateName, number>>;
  readonly instances: readonly InstanceView[];
}

function instanceView(instance: Instance, now: number): InstanceView {
  const phase = phaseAt(instance.lifecycle, now);

  return {
    instanceId: instance.instanceId,
    state: phase.state,
    instanceType: instance.instanceType,
    availabilityZone: instance.availabilityZone,
    launchTime: new Date(instance.launchTime).toISOString(),
    tags: Object.fromEntries(instance.tags.map((tag) => [tag.key, tag.value])),
    ...(instance.keyName === undefined ? {} : { keyName: instance.keyName }),
    ...(instance.platform === undefined ? {} : { platform: instance.platform }),
    hibernationConfigured: instance.hibernationConfigured,
    ...(phase.reason === undefined ? {} : { stateReason: phase.reason.code }),
  };
}

/** Counts every instance but lists only the first `limit`, so huge fleets stay cheap. */
export function regionView(
  region: string,
  instances: RegionFleet,
  now: number,
  limit: number,
): RegionView {
  const byState = Object.fromEntries(STATE_NAMES.map((state) => [state, 0])) as Record<
    StateName,
    number
  >;
  for (const instance of instances.all()) {
    byState[phaseAt(instance.lifecycle, now).state] += 1;
  }

  return {
    region,
    total: instances.size,
    byState,
    instances: instances
      .all()
      .slice(0, limit)
      .map((instance) => instanceView(instance, now)),
  };
}
