import { z } from 'zod';

const scope = {
  region: z.string().min(1).optional(),
  action: z.string().min(1).optional(),
};

const instanceIds = z.array(z.string().min(1)).min(1);

export const faultRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('throttle'),
    ...scope,
    count: z.int().positive().optional(),
    rate: z.number().min(0).max(1).optional(),
    seed: z.int().optional(),
  }),
  z.strictObject({
    kind: z.literal('latency'),
    ...scope,
    ms: z.int().min(0).max(60_000),
  }),
  z.strictObject({
    kind: z.literal('internal-error'),
    ...scope,
    count: z.int().positive().optional(),
  }),
  z.strictObject({
    kind: z.literal('insufficient-capacity'),
    region: scope.region,
    instanceIds,
  }),
  z.strictObject({
    kind: z.literal('stop-protection'),
    region: scope.region,
    instanceIds,
  }),
  z.strictObject({
    kind: z.literal('start-falls-back'),
    region: scope.region,
    instanceIds,
  }),
  z.strictObject({
    kind: z.literal('region-failure'),
    region: z.string().min(1),
    action: scope.action,
    code: z.enum(['AuthFailure', 'UnauthorizedOperation']).default('AuthFailure'),
  }),
]);

export const faultRulesSchema = z.array(faultRuleSchema);

/** One injected fault; `region` and `action` narrow where it applies. */
export type FaultRule = z.input<typeof faultRuleSchema>;

export type ParsedFaultRule = z.output<typeof faultRuleSchema>;

export type InstanceFaultKind =
  | 'insufficient-capacity'
  | 'stop-protection'
  | 'start-falls-back';
