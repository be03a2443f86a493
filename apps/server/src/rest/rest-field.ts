import type { z } from 'zod';

/**
 * One API field and the REST parameters that fill it: the original service's name
 * first, then the names it is also accepted under (older spellings, the tRPC name).
 */
export interface RestField {
  field: string;
  names: readonly [string, ...string[]];
  schema: z.ZodType;
}

export function restField(
  field: string,
  names: RestField['names'],
  schema: z.ZodType,
): RestField {
  return { field, names, schema };
}
