export { SUPPORTED_ACTIONS } from './actions/action-table.js';
export type { SandboxAdmin, SandboxState, StateQuery } from './admin/sandbox-admin.js';
export type { InstanceView, RegionView } from './admin/state-view.js';
export { decodeAuthorizationMessage } from './auth/authorization-message.js';
export type { KeyPair } from './auth/key-pair.js';
export { ADMIN_PREFIX, buildSandbox } from './build-sandbox.js';
export { loadConfig, type SandboxConfig } from './config.js';
export {
  demoCredentials,
  demoReadOnlyCredentials,
  type SandboxCredentials,
} from './demo/demo-credentials.js';
export { demoFleet, demoInstanceIds } from './demo/demo-fleet.js';
export type { FaultView } from './faults/fault-injector.js';
export type { FaultRule } from './faults/fault-schema.js';
export { ACCOUNT_ID } from './fleet/account.js';
export type { FleetSpec } from './fleet/fleet-spec.js';
export type { StateName } from './fleet/instance.js';
export type { Delays } from './fleet/transitions.js';
export {
  DEFAULT_DELAYS,
  DEFAULT_REGIONS,
  type SandboxOptions,
} from './sandbox-options.js';
export {
  type RunningSandbox,
  type StartSandboxOptions,
  startSandbox,
} from './start-sandbox.js';
