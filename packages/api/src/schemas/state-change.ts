import { z } from 'zod';

import { instanceIdsSchema, regionSchema } from './common.js';
import { instanceStateSchema } from './instance.js';

export const startInputSchema = z.object({
  region: regionSchema,
  instanceIds: instanceIdsSchema,
});

export const stopInputSchema = startInputSchema;

export const stateChangeSchema = z.object({
  id: z.string(),
  previousState: instanceStateSchema.nullable(),
  currentState: instanceStateSchema.nullable(),
});

export const stateChangeOutputSchema = z.object({
  region: z.string(),
  instances: z.array(stateChangeSchema),
});

export type StartInput = z.infer<typeof startInputSchema>;
export type StopInput = z.infer<typeof stopInputSchema>;
export type StateChange = z.infer<typeof stateChangeSchema>;
export type StateChangeOutput = z.infer<typeof stateChangeOutputSchema>;
