import type { InstanceSpec } from './fleet-spec.js';

const STATES = [
  'running',
  'running',
  'running',
  'stopped',
  'running',
  'stopped',
] as const;
const TYPES = ['t3.micro', 't3.small', 'm5.large', 'c5.xlarge', 'r5.large'];
const ENVS = ['prod', 'staging', 'dev'];
const TEAMS = ['web', 'platform', 'data', 'ops'];
const ZONES = ['a', 'b', 'c'];

/** Sequential ids are cheap to make in bulk and still have EC2's shape. */
function sequentialId(prefix: string, index: number): string {
  return `${prefix}-0f${index.toString(16).padStart(15, '0')}`;
}

function pick<T>(values: readonly T[], index: number): T {
  return values[index % values.length] as T;
}

/** Specs for `count` instances spread over `regions`, the same on every run. */
export function* generatedSpecs(
  count: number,
  regions: readonly string[],
): Generator<InstanceSpec> {
  for (let index = 0; index < count; index += 1) {
    const region = pick(regions, index);
    const state = index % 97 === 96 ? 'terminated' : pick(STATES, index);

    yield {
      region,
      instanceId: sequentialId('i', index),
      reservationId: sequentialId('r', index),
      state,
      instanceType: pick(TYPES, index),
      imageId: 'ami-0a3c3a20c09d6f377',
      keyName: 'generated-key',
      availabilityZone: `${region}${pick(ZONES, index)}`,
      tags: {
        Name: `gen-${String(index + 1).padStart(6, '0')}`,
        env: pick(ENVS, index),
        team: pick(TEAMS, index),
      },
      hibernation: false,
      architecture: 'x86_64',
    };
  }
}
