import type { Filter } from '@aws-sdk/client-ec2';

import type { ListQuery } from '../schemas/list.js';
import type { TagFilter } from '../schemas/list-filters.js';

export type InstanceFilters = Pick<
  ListQuery,
  'states' | 'tags' | 'name' | 'instanceIds' | 'instanceTypes'
>;

function filter(name: string, values: readonly string[]): Filter {
  // Sorted, so that the same question always reads the same to EC2 and to cursors.
  return { Name: name, Values: [...new Set(values)].sort() };
}

// EC2 takes each filter name once: values under one name match any of them, and
// separate filters must all match. Values of one key share a tag:KEY filter, and bare
// keys share the tag-key filter, as `aws ec2 describe-instances --filters` reads them.
function tagFilters(tags: readonly TagFilter[]): Filter[] {
  const valuesByKey = new Map<string, string[]>();
  const bareKeys: string[] = [];

  for (const { key, value } of tags) {
    if (value === undefined) {
      bareKeys.push(key);
    } else {
      valuesByKey.set(key, [...(valuesByKey.get(key) ?? []), value]);
    }
  }

  const byKey = [...valuesByKey.keys()].sort();
  const filters = byKey.map((key) => filter(`tag:${key}`, valuesByKey.get(key) ?? []));
  return bareKeys.length > 0 ? [...filters, filter('tag-key', bareKeys)] : filters;
}

/** DescribeInstances `Filters` for a list query; none when it filters nothing. */
export function ec2Filters(query: InstanceFilters): Filter[] {
  const filters: Filter[] = [];

  if (query.states) filters.push(filter('instance-state-name', query.states));
  if (query.tags) filters.push(...tagFilters(query.tags));
  if (query.name !== undefined) filters.push(filter('tag:Name', [query.name]));
  // A filter rather than InstanceIds: EC2 refuses InstanceIds beside MaxResults, and an
  // id it does not know then simply matches nothing instead of failing the call.
  if (query.instanceIds) filters.push(filter('instance-id', query.instanceIds));
  if (query.instanceTypes) filters.push(filter('instance-type', query.instanceTypes));

  return filters;
}
