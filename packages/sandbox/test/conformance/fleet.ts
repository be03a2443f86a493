import type { InstanceSeed } from './seed.js';

/** A small fleet that differs in every field the filters look at. */
export const FLEET = {
  web: {
    instanceType: 't3.micro',
    availabilityZone: 'us-east-1a',
    keyName: 'ops',
    tags: { Name: 'web-1', team: 'web' },
  },
  api: {
    instanceType: 't3.small',
    availabilityZone: 'us-east-1b',
    tags: { Name: 'api-1', team: 'api' },
  },
  batch: {
    instanceType: 't3.micro',
    availabilityZone: 'us-east-1b',
    keyName: 'ops',
    tags: { Name: 'batch-1', team: '' },
    state: 'stopped',
  },
  bare: { instanceType: 'm5.large', availabilityZone: 'us-east-1c' },
} as const satisfies Record<string, InstanceSeed>;

export type FleetLabel = keyof typeof FLEET;

/** Twelve instances, each in a reservation of its own. */
export const TWELVE: Record<string, InstanceSeed> = Object.fromEntries(
  Array.from({ length: 12 }, (_, index) => [
    `node-${index + 1}`,
    { instanceType: 't3.nano', availabilityZone: 'us-east-1a' },
  ]),
);
