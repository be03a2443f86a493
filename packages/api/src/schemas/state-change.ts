import { z } from 'zod';

import { type ApiErrorCode, apiErrors } from '../errors/catalogue.js';
import { instanceIdsSchema, regionSchema } from './common.js';
import { instanceStateSchema } from './instance.js';

export const MAX_WAIT_SECONDS = 900;

const SECONDS_RULE = `must be a whole number of seconds from 1 to ${MAX_WAIT_SECONDS}`;

const flag = (what: string) => z.boolean().default(false).describe(what);

const startShape = {
  region: regionSchema,
  instanceIds: instanceIdsSchema,
  dryRun: flag('Ask EC2 whether the call is allowed, changing nothing'),
  wait: flag('Answer once each instance is running or stopped, or the wait ends'),
  waitTimeoutSeconds: z
    .int({ error: SECONDS_RULE })
    .min(1, SECONDS_RULE)
    .max(MAX_WAIT_SECONDS, SECONDS_RULE)
    .default(300)
    .describe('How long `wait` waits at most'),
};

export const startInputSchema = z.strictObject(startShape);

export const stopInputSchema = z
  .strictObject({
    ...startShape,
    hibernate: flag('Hibernate instead of stopping (StopInstances Hibernate)'),
    hibernateFallback: flag(
      'Stop plainly the instances that are not configured for hibernation',
    ),
    force: flag('Force the stop, skipping the guest OS shutdown (StopInstances Force)'),
  })
  .refine((input) => input.hibernate || !input.hibernateFallback, {
    path: ['hibernateFallback'],
    error: 'needs hibernate to be true',
  });

const apiErrorCodes = Object.keys(apiErrors) as [ApiErrorCode, ...ApiErrorCode[]];

export const instanceErrorSchema = z.object({
  code: z.enum(apiErrorCodes).describe('API error code, as in the error catalogue'),
  awsCode: z.string().nullable().describe('EC2 error or state reason code'),
  message: z.string(),
});

export const stateReasonSchema = z.object({
  code: z
    .string()
    .describe('EC2 state reason code, such as Client.UserInitiatedShutdown'),
  message: z.string(),
});

export const waitOutcomeSchema = z
  .enum(['reached', 'fell-back', 'unexpected-state', 'timed-out', 'unknown', 'rejected'])
  .describe(
    'reached: running or stopped as asked; fell-back: started, then stopped by EC2; ' +
      'unexpected-state: went to another state; timed-out: still on the way; ' +
      'unknown: its state could not be read; rejected: EC2 refused the change',
  );

export const stateChangeSchema = z.object({
  id: z.string(),
  previousState: instanceStateSchema.nullable(),
  currentState: instanceStateSchema.nullable(),
  ok: z.boolean().describe('The instance did what was asked (with wait: and got there)'),
  error: instanceErrorSchema.nullable().describe('Why not, when ok is false'),
  finalState: instanceStateSchema.nullable().optional().describe('With wait only'),
  stateReason: stateReasonSchema.nullable().optional().describe('With wait only'),
  outcome: waitOutcomeSchema.optional().describe('With wait only'),
  hibernated: z.boolean().optional().describe('Stop with hibernate only'),
  fellBackToStop: z.boolean().optional().describe('Stop with hibernate only'),
});

export const stateChangeSummarySchema = z.object({
  requested: z.int(),
  succeeded: z.int(),
  failed: z.int(),
});

export const stateChangeOutputSchema = z.object({
  region: z.string(),
  dryRun: z.boolean(),
  summary: stateChangeSummarySchema,
  instances: z.array(stateChangeSchema),
});

export type StartInput = z.infer<typeof startInputSchema>;
export type StopInput = z.infer<typeof stopInputSchema>;
export type InstanceError = z.infer<typeof instanceErrorSchema>;
export type StateReason = z.infer<typeof stateReasonSchema>;
export type WaitOutcome = z.infer<typeof waitOutcomeSchema>;
export type StateChange = z.infer<typeof stateChangeSchema>;
export type StateChangeSummary = z.infer<typeof stateChangeSummarySchema>;
export type StateChangeOutput = z.infer<typeof stateChangeOutputSchema>;
