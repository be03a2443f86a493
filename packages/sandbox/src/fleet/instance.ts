export const STATE_NAMES = [
  'pending',
  'running',
  'shutting-down',
  'terminated',
  'stopping',
  'stopped',
] as const;

export type StateName = (typeof STATE_NAMES)[number];

export interface StateReason {
  readonly code: string;
  readonly message: string;
}

/** A state the instance is in from `since` on. */
export interface Phase {
  readonly state: StateName;
  readonly since: number;
  readonly reason?: StateReason;
  readonly transitionReason: string;
}

/**
 * The current phase and, while a transition is under way, the phase it settles into.
 * The observed state is computed from these timestamps, so no timer ever runs.
 */
export interface Lifecycle {
  readonly current: Phase;
  readonly next?: Phase;
}

export interface Tag {
  readonly key: string;
  readonly value: string;
}

export interface SecurityGroup {
  readonly groupId: string;
  readonly groupName: string;
}

export interface Instance {
  readonly instanceId: string;
  readonly reservationId: string;
  readonly imageId: string;
  readonly instanceType: string;
  readonly keyName?: string;
  readonly availabilityZone: string;
  readonly privateIpAddress: string;
  readonly publicIpAddress: string;
  readonly subnetId: string;
  readonly vpcId: string;
  readonly securityGroups: readonly SecurityGroup[];
  readonly platform?: 'windows';
  readonly architecture: string;
  readonly hibernationConfigured: boolean;
  tags: readonly Tag[];
  launchTime: number;
  lifecycle: Lifecycle;
}
