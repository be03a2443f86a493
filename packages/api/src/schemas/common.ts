import { z } from 'zod';

// A pattern rather than a list, so regions and partitions that AWS opens later
// (us-gov-west-1, us-isob-east-1, eusc-de-east-1) pass without a release of ours.
const REGION_PATTERN = /^[a-z]{2,4}(-[a-z]{2,10}){1,3}-\d{1,2}$/;

const INSTANCE_ID_PATTERN = /^i-([0-9a-f]{8}|[0-9a-f]{17})$/;

export const MAX_INSTANCE_IDS = 1000;

// Says "is required" for an absent value and keeps zod's wording for the rest.
export const requiredError = {
  error: (issue: { input: unknown }) =>
    issue.input === undefined ? 'is required' : undefined,
};

export const regionSchema = z
  .string(requiredError)
  .trim()
  .regex(REGION_PATTERN, 'must be an AWS region name such as us-east-1')
  .describe('AWS region name, such as us-east-1');

export const instanceIdSchema = z
  .string(requiredError)
  .trim()
  .regex(INSTANCE_ID_PATTERN, 'must be "i-" followed by 8 or 17 lowercase hex digits')
  .describe('EC2 instance id, such as i-0abcd1234ef567890');

export const instanceIdsSchema = z
  .array(instanceIdSchema, requiredError)
  .min(1, 'must name at least one instance')
  .max(MAX_INSTANCE_IDS, `must name at most ${MAX_INSTANCE_IDS} instances`)
  .transform((ids) => [...new Set(ids)]);

export type Region = z.infer<typeof regionSchema>;
export type InstanceId = z.infer<typeof instanceIdSchema>;
