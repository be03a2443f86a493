import type { ListInput } from '@ec2-control/api';

import { firstOf, instanceIdsOf, regionOf } from './params.js';

type Params = Record<string, unknown>;

/** `a,b`, repeated parameters, or a JSON array: one list of trimmed values. */
function listOf(value: unknown): unknown {
  const items = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(items)) return items;

  return items.flatMap((item) =>
    typeof item === 'string' ? item.split(',').map((part) => part.trim()) : [item],
  );
}

/** `tag=env=prod` or a bare `tag=env`; tag values may hold commas, so none is split. */
function tagOf(item: unknown): unknown {
  if (typeof item !== 'string') return item;

  const equals = item.indexOf('=');
  if (equals < 0) return { key: item };
  return { key: item.slice(0, equals), value: item.slice(equals + 1) };
}

function tagsOf(params: Params): unknown {
  const value = firstOf(params, ['tag', 'tags']);
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.map(tagOf) : [tagOf(value)];
}

function regionsOf(params: Params): unknown {
  const value = firstOf(params, ['regions']);
  return value === 'all' ? value : listOf(value);
}

// Query strings and forms carry text; the schema names whatever is not a number.
function limitOf(params: Params): unknown {
  const value = firstOf(params, ['limit']);
  return typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value)
    ? Number(value)
    : value;
}

/** The list procedure's input from REST parameters; the procedure validates it. */
export function listInputOf(params: Params): ListInput {
  const input: Record<string, unknown> = {
    region: regionOf(params),
    regions: regionsOf(params),
    states: listOf(firstOf(params, ['state', 'states'])),
    tags: tagsOf(params),
    name: firstOf(params, ['name']),
    instanceIds: instanceIdsOf(params),
    instanceTypes: listOf(firstOf(params, ['instance_type', 'instanceTypes'])),
    limit: limitOf(params),
    cursor: firstOf(params, ['cursor']),
  };

  const given = Object.entries(input).filter(([, value]) => value !== undefined);
  return Object.fromEntries(given) as ListInput;
}
