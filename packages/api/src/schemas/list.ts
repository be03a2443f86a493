import { z } from 'zod';

import { type ApiErrorCode, apiErrors } from '../errors/catalogue.js';
import { regionSchema } from './common.js';
import { instanceSummarySchema } from './instance.js';
import {
  cursorSchema,
  instanceIdFilterSchema,
  instanceTypesSchema,
  limitSchema,
  nameFilterSchema,
  regionsSchema,
  statesSchema,
  tagFiltersSchema,
} from './list-filters.js';

const listFieldsSchema = z.strictObject({
  region: regionSchema.optional(),
  regions: regionsSchema.optional(),
  states: statesSchema.optional(),
  tags: tagFiltersSchema.optional(),
  name: nameFilterSchema.optional(),
  instanceIds: instanceIdFilterSchema.optional(),
  instanceTypes: instanceTypesSchema.optional(),
  limit: limitSchema.optional(),
  cursor: cursorSchema.optional(),
});

type ListFields = z.output<typeof listFieldsSchema>;
type Check = z.core.$RefinementCtx<ListFields>;

function checkRegions(input: ListFields, ctx: Check) {
  const { region, regions } = input;
  if (region === undefined && regions === undefined) {
    ctx.addIssue({
      code: 'invalid_type',
      expected: 'string',
      input: undefined,
      path: ['region'],
      message: 'is required',
    });
  }
  if (region !== undefined && Array.isArray(regions)) {
    const message = 'cannot be a list when region is given; only "all" can';
    ctx.addIssue({ code: 'custom', path: ['regions'], message });
  }

  const several = regions === 'all' || (Array.isArray(regions) && regions.length > 1);
  for (const field of ['limit', 'cursor'] as const) {
    if (several && input[field] !== undefined) {
      const message = 'pages one region at a time; give a single region';
      ctx.addIssue({ code: 'custom', path: [field], message });
    }
  }
}

function checkNameTag(input: ListFields, ctx: Check) {
  // Both would be the EC2 filter tag:Name, and EC2 takes each filter name once.
  const tags = Array.isArray(input.tags) ? input.tags : [];
  if (input.name !== undefined && tags.some((tag) => tag?.key === 'Name')) {
    const message = 'cannot be combined with a Name tag in tags';
    ctx.addIssue({ code: 'custom', path: ['name'], message });
  }
}

/** The input after validation: one region, or several to query side by side. */
export type ListQuery = ListFields;

type RegionChoice =
  | { region: string; regions?: 'all' | undefined }
  | { region?: undefined; regions: string[] | 'all' };

/** What a caller sends: `region`, or `regions` (with `region` only beside "all"). */
export type ListInput = Omit<z.input<typeof listFieldsSchema>, 'region' | 'regions'> &
  RegionChoice;

// Zod objects cannot require one of two fields without a union, whose errors would name
// neither; the refinements check that at run time and the declared input type tells
// typed clients. They run even when a field failed, so every issue is reported at once.
export const listInputSchema = listFieldsSchema.superRefine(
  function checkList(input, ctx) {
    checkRegions(input, ctx);
    checkNameTag(input, ctx);
  },
  { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
) as unknown as z.ZodType<ListQuery, ListInput>;

const apiErrorCodes = Object.keys(apiErrors) as [ApiErrorCode, ...ApiErrorCode[]];

export const regionErrorSchema = z.object({
  code: z.enum(apiErrorCodes),
  awsCode: z.string().nullable(),
  awsRequestId: z.string().nullable(),
  message: z.string(),
});

export const regionResultSchema = z.discriminatedUnion('ok', [
  z.object({ region: z.string(), ok: z.literal(true), count: z.int() }),
  z.object({ region: z.string(), ok: z.literal(false), error: regionErrorSchema }),
]);

export const listOutputSchema = z.object({
  instances: z.array(instanceSummarySchema),
  nextCursor: z
    .string()
    .nullable()
    .describe('Pass as cursor for the next page; null on the last page'),
  regions: z.array(regionResultSchema).describe('Each region listed, in order'),
});

export type RegionResult = z.infer<typeof regionResultSchema>;
export type ListOutput = z.infer<typeof listOutputSchema>;
