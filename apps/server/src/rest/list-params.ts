import {
  cursorSchema,
  instanceIdFilterSchema,
  instanceTypesSchema,
  limitSchema,
  listInputSchema,
  nameFilterSchema,
  regionSchema,
  regionsSchema,
  statesSchema,
  tagFiltersSchema,
} from '@ec2-control/api';
import { z } from 'zod';

import { type RestField, restField } from './rest-field.js';
import { restParams } from './rest-params.js';
import { idList, integer, list, regionList, text } from './wire.js';

/** `env=prod`, or a bare `env`; tag values may hold commas, so none is split. */
function tagOf(item: unknown): unknown {
  if (typeof item !== 'string') return item;

  const equals = item.indexOf('=');
  if (equals < 0) return { key: item };
  return { key: item.slice(0, equals), value: item.slice(equals + 1) };
}

const tagText = z.string().describe('key=value, or a bare key for any value');
const tagItem = z.union([
  tagText,
  z.strictObject({ key: z.string(), value: z.string().optional() }),
]);

// Query strings carry tags as text, and JSON bodies may send tRPC's objects; the API's
// schema then checks each key and value.
const tags = z
  .union([tagItem, z.array(tagItem)], {
    error: 'must be key=value or key, or a list of them',
  })
  .transform((value) => [value].flat().map(tagOf))
  .pipe(tagFiltersSchema)
  .describe('Tags to match: key=value, or a bare key for any value; all keys must match');

export const listFields: readonly RestField[] = [
  restField('region', ['region_name', 'region'], text(regionSchema)),
  restField('regions', ['regions'], regionList(regionsSchema)),
  restField('states', ['state', 'states'], list(statesSchema)),
  restField('tags', ['tag', 'tags'], tags),
  restField('name', ['name'], text(nameFilterSchema)),
  restField(
    'instanceIds',
    ['instance_id', 'InstanceId', 'instanceIds'],
    idList(instanceIdFilterSchema).describe('Instance ids to keep'),
  ),
  restField(
    'instanceTypes',
    ['instance_type', 'instanceTypes'],
    list(instanceTypesSchema).describe(
      'Instance types to keep, such as t3.micro; * and ? are wildcards',
    ),
  ),
  restField('limit', ['limit'], integer(limitSchema)),
  restField('cursor', ['cursor'], text(cursorSchema)),
];

/** GET or POST /ec2/list: the list procedure's input and any credential parameters. */
export const listParams = restParams(listInputSchema, listFields);
