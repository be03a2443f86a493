import type { InstanceSpec } from './fleet-spec.js';
import type { Instance, Lifecycle, Tag } from './instance.js';
import { STATE_REASONS, settled, userInitiated } from './instance-state.js';
import { addressesFor, networkFor } from './network.js';
import { derivedId } from './resource-ids.js';

/** Instances loaded without a launch time all share this one, so loads are repeatable. */
const DEFAULT_LAUNCH_TIME = Date.UTC(2024, 0, 15, 9, 30);

const HOUR_MS = 3_600_000;

function initialLifecycle(spec: InstanceSpec, launchTime: number): Lifecycle {
  if (spec.state === 'running') {
    return settled({ state: 'running', since: launchTime, transitionReason: '' });
  }

  const since = launchTime + HOUR_MS;

  return settled({
    state: spec.state,
    since,
    reason: STATE_REASONS.userShutdown,
    transitionReason: userInitiated(since),
  });
}

function tagList(tags: Readonly<Record<string, string>>): Tag[] {
  return Object.entries(tags).map(([key, value]) => ({ key, value }));
}

/** Turns a validated spec into an instance; `seed` names it when the spec has no id. */
export function buildInstance(spec: InstanceSpec, seed: string): Instance {
  const instanceId = spec.instanceId ?? derivedId('i', seed);
  const availabilityZone = spec.availabilityZone ?? `${spec.region}a`;
  const network = networkFor(spec.region, availabilityZone);
  const addresses = addressesFor(instanceId);
  const launchTime =
    spec.launchTime === undefined ? DEFAULT_LAUNCH_TIME : Date.parse(spec.launchTime);

  return {
    instanceId,
    reservationId: spec.reservationId ?? derivedId('r', instanceId),
    imageId: spec.imageId,
    instanceType: spec.instanceType,
    ...(spec.keyName === undefined ? {} : { keyName: spec.keyName }),
    availabilityZone,
    privateIpAddress: spec.privateIpAddress ?? addresses.privateIp,
    publicIpAddress: spec.publicIpAddress ?? addresses.publicIp,
    subnetId: network.subnetId,
    vpcId: network.vpcId,
    securityGroups: network.securityGroups,
    ...(spec.platform === undefined ? {} : { platform: spec.platform }),
    architecture: spec.architecture,
    hibernationConfigured: spec.hibernation,
    tags: tagList(spec.tags),
    launchTime,
    lifecycle: initialLifecycle(spec, launchTime),
  };
}
