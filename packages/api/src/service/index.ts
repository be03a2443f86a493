export {
  type StartRequest,
  type StateChangeOptions,
  type StopRequest,
  startInstances,
  stopInstances,
} from './change-state.js';
export { callEc2, type Ec2Target } from './ec2-target.js';
export { decodeCursor, encodeCursor, queryDigest } from './list-cursor.js';
export { ec2Filters, type InstanceFilters } from './list-filters.js';
export { type FleetOptions, listFleet } from './list-fleet.js';
export {
  type InstancePage,
  type ListOptions,
  listInstances,
  listPage,
  type PageOptions,
} from './list-instances.js';
export { enabledRegions } from './list-regions.js';
export { type FleetStream, streamFleet } from './stream-fleet.js';
