import { demoFleet } from '../demo/demo-fleet.js';
import { buildInstance } from './build-instance.js';
import {
  type FleetSpec,
  fleetSpecSchema,
  type InstanceSpec,
  instanceListSchema,
} from './fleet-spec.js';
import { generatedSpecs } from './generate-fleet.js';
import type { Instance } from './instance.js';

export interface PlacedInstance {
  readonly region: string;
  readonly instance: Instance;
}

/** A fleet that parses but cannot be placed, such as one naming a disabled region. */
export class InvalidFleetError extends Error {
  override readonly name = 'InvalidFleetError';
}

function specsOf(
  spec: FleetSpec,
  enabledRegions: readonly string[],
): Iterable<InstanceSpec> {
  const parsed = fleetSpecSchema.parse(spec);

  if (parsed === 'demo') {
    return instanceListSchema.parse(demoFleet).instances;
  }

  if ('generate' in parsed) {
    return generatedSpecs(parsed.generate, parsed.regions ?? enabledRegions.slice(0, 1));
  }

  return parsed.instances;
}

/** Validates a fleet spec and builds its instances; throws before anything is placed. */
export function placeFleet(
  spec: FleetSpec,
  enabledRegions: readonly string[],
): PlacedInstance[] {
  const enabled = new Set(enabledRegions);
  const seen = new Set<string>();
  const placed: PlacedInstance[] = [];

  let index = 0;
  for (const instanceSpec of specsOf(spec, enabledRegions)) {
    if (!enabled.has(instanceSpec.region)) {
      throw new InvalidFleetError(`Region ${instanceSpec.region} is not enabled`);
    }

    const instance = buildInstance(instanceSpec, `${instanceSpec.region}/${index}`);
    if (seen.has(instance.instanceId)) {
      throw new InvalidFleetError(`Instance ${instance.instanceId} appears twice`);
    }

    seen.add(instance.instanceId);
    placed.push({ region: instanceSpec.region, instance });
    index += 1;
  }

  return placed;
}
