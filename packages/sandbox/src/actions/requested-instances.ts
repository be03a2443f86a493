import {
  instancesNotFound,
  malformedInstanceId,
  missingParameter,
} from '../ec2/errors.js';
import type { QueryParams } from '../ec2/query-params.js';
import type { Instance } from '../fleet/instance.js';
import type { RegionFleet } from '../fleet/region-fleet.js';
import { isInstanceId } from '../fleet/resource-ids.js';

/** Looks up `InstanceId.N` ids; an id of another region does not exist here. */
export function findInstances(
  ids: readonly string[],
  instances: RegionFleet,
): Instance[] {
  const unique = [...new Set(ids)];

  const malformed = unique.find((id) => !isInstanceId(id));
  if (malformed !== undefined) {
    throw malformedInstanceId(malformed);
  }

  const missing = unique.filter((id) => instances.get(id) === undefined);
  if (missing.length > 0) {
    throw instancesNotFound(missing);
  }

  return unique.map((id) => instances.get(id) as Instance);
}

export function requiredInstances(
  params: QueryParams,
  instances: RegionFleet,
): Instance[] {
  const ids = params.list('InstanceId');
  if (ids.length === 0) {
    throw missingParameter('InstanceId');
  }

  return findInstances(ids, instances);
}
