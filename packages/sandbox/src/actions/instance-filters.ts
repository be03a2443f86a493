import { invalidParameterValue, missingParameter } from '../ec2/errors.js';
import type { QueryParams } from '../ec2/query-params.js';
import type { Instance, StateName } from '../fleet/instance.js';
import { STATE_CODES } from '../fleet/instance-state.js';

export interface Filter {
  readonly name: string;
  readonly values: readonly string[];
}

export type InstancePredicate = (instance: Instance, state: StateName) => boolean;

type FieldReader = (
  instance: Instance,
  state: StateName,
) => string | readonly string[] | undefined;

const FIELDS: Readonly<Record<string, FieldReader>> = {
  'availability-zone': (instance) => instance.availabilityZone,
  'image-id': (instance) => instance.imageId,
  'instance-id': (instance) => instance.instanceId,
  'instance-state-code': (_, state) => String(STATE_CODES[state]),
  'instance-state-name': (_, state) => state,
  'instance-type': (instance) => instance.instanceType,
  'key-name': (instance) => instance.keyName,
  platform: (instance) => instance.platform,
  'reservation-id': (instance) => instance.reservationId,
  'subnet-id': (instance) => instance.subnetId,
  'tag-key': (instance) => instance.tags.map((tag) => tag.key),
  'tag-value': (instance) => instance.tags.map((tag) => tag.value),
  'vpc-id': (instance) => instance.vpcId,
};

export function readFilters(params: QueryParams): Filter[] {
  return params.members('Filter').map((member, index) => {
    const name = member.string('Name');
    if (name === undefined) {
      throw missingParameter(`Filter.${index + 1}.Name`);
    }

    return { name, values: member.list('Value') };
  });
}

function fieldReader(name: string): FieldReader {
  if (name.startsWith('tag:')) {
    const key = name.slice(4);

    return (instance) => instance.tags.find((tag) => tag.key === key)?.value;
  }

  const reader = Object.hasOwn(FIELDS, name) ? FIELDS[name] : undefined;
  if (reader === undefined) {
    throw invalidParameterValue(`The filter '${name}' is invalid`);
  }

  return reader;
}

/** EC2 filter values may use `*` and `?` as wildcards. */
function valueMatcher(values: readonly string[]): (candidate: string) => boolean {
  if (!values.some((value) => /[*?]/.test(value))) {
    const exact = new Set(values);

    return (candidate) => exact.has(candidate);
  }

  const alternatives = values.map((value) =>
    value
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replaceAll('*', '.*')
      .replaceAll('?', '.'),
  );
  const pattern = new RegExp(`^(?:${alternatives.join('|')})$`, 's');

  return (candidate) => pattern.test(candidate);
}

/** All filters must match; within one filter, any value may. */
export function compileFilters(filters: readonly Filter[]): InstancePredicate {
  const tests = filters.map(({ name, values }) => {
    const read = fieldReader(name);
    const matches = valueMatcher(values);

    return (instance: Instance, state: StateName) => {
      const field = read(instance, state);
      if (field === undefined) {
        return false;
      }

      return typeof field === 'string' ? matches(field) : field.some(matches);
    };
  });

  return (instance, state) => tests.every((test) => test(instance, state));
}
