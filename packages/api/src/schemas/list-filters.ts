import { z } from 'zod';

import { instanceIdSchema, regionSchema } from './common.js';
import { instanceStateSchema } from './instance.js';

/** Most values one filter takes; EC2 documents no higher bound we could rely on. */
export const MAX_FILTER_VALUES = 200;

export const MAX_LIST_REGIONS = 50;

// EC2 tags may hold any Unicode text; control characters only ever come from mistakes.
// The OpenAPI document carries this pattern, and \p{Cc} is outside the regex subset that
// JSON Schema tools share, so the category is spelled out as its two ranges.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const TEXT = /^[^\x00-\x1f\x7f-\x9f]*$/u;

const INSTANCE_TYPE_PATTERN = /^[a-z0-9*?][a-z0-9.*?-]{0,63}$/;

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function valueList<T extends z.ZodType<string>>(item: T, things: string) {
  return z
    .array(item)
    .min(1, `must name at least one ${things}`)
    .max(MAX_FILTER_VALUES, `must name at most ${MAX_FILTER_VALUES} ${things}`)
    .transform(distinct);
}

export const statesSchema = valueList(
  z.enum(instanceStateSchema.options, {
    error: `must be one of ${instanceStateSchema.options.join(', ')}`,
  }),
  'states',
).describe('Instance states to keep, such as running');

export const tagFilterSchema = z.strictObject({
  key: z
    .string()
    .min(1, 'must be 1-128 characters')
    .max(128, 'must be 1-128 characters')
    .regex(TEXT, 'must not hold control characters'),
  value: z
    .string()
    .max(256, 'must be at most 256 characters')
    .regex(TEXT, 'must not hold control characters')
    .optional()
    .describe('Without it, any instance that has the key matches; * and ? are wildcards'),
});

export const tagFiltersSchema = z
  .array(tagFilterSchema)
  .min(1, 'must name at least one tag')
  .max(MAX_FILTER_VALUES, `must name at most ${MAX_FILTER_VALUES} tags`);

export const nameFilterSchema = z
  .string()
  .min(1, 'must be 1-256 characters')
  .max(256, 'must be 1-256 characters')
  .regex(TEXT, 'must not hold control characters')
  .describe('Value of the Name tag; * and ? are wildcards');

export const instanceIdFilterSchema = valueList(instanceIdSchema, 'instances');

export const instanceTypesSchema = valueList(
  z
    .string()
    .trim()
    .regex(
      INSTANCE_TYPE_PATTERN,
      'must be an instance type such as t3.micro; * and ? are wildcards',
    ),
  'instance types',
);

export const regionsSchema = z
  .union(
    [
      z.literal('all'),
      z
        .array(regionSchema)
        .min(1, 'must name at least one region')
        .max(MAX_LIST_REGIONS, `must name at most ${MAX_LIST_REGIONS} regions`),
    ],
    { error: 'must be "all" or a list of AWS region names' },
  )
  // Deduplicated after the union: a transform inside an option would hide its issues.
  .transform((regions) => (regions === 'all' ? regions : distinct(regions)))
  .describe('Regions to list, or "all" for every region enabled for the account');

export const limitSchema = z
  .int('must be a whole number from 5 to 1000')
  .min(5, 'must be a whole number from 5 to 1000')
  .max(1000, 'must be a whole number from 5 to 1000')
  .describe('At most this many instances per page; returns nextCursor for the next');

export const cursorSchema = z
  .string()
  .min(1, 'must be the nextCursor of an earlier page')
  .max(4096, 'must be the nextCursor of an earlier page')
  .regex(/^[\w-]+$/, 'must be the nextCursor of an earlier page')
  .describe('nextCursor of the previous page, with the same region and filters');

export type TagFilter = z.infer<typeof tagFilterSchema>;
