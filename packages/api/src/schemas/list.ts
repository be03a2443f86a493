import { z } from 'zod';

import { regionSchema } from './common.js';
import { instanceSummarySchema } from './instance.js';

export const listInputSchema = z.object({
  region: regionSchema,
});

export const listOutputSchema = z.object({
  instances: z.array(instanceSummarySchema),
});

export type ListInput = z.infer<typeof listInputSchema>;
export type ListOutput = z.infer<typeof listOutputSchema>;
