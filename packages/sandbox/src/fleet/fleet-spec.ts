import { z } from 'zod';

const settledState = z.enum(['running', 'stopped', 'terminated']);

export const instanceSpecSchema = z.strictObject({
  region: z.string().min(1),
  instanceId: z
    .string()
    .regex(/^i-[0-9a-f]{17}$/)
    .optional(),
  reservationId: z
    .string()
    .regex(/^r-[0-9a-f]{17}$/)
    .optional(),
  state: settledState.default('running'),
  instanceType: z.string().min(1).default('t3.micro'),
  imageId: z
    .string()
    .regex(/^ami-[0-9a-f]{8,17}$/)
    .default('ami-0a3c3a20c09d6f377'),
  keyName: z.string().min(1).optional(),
  availabilityZone: z.string().min(1).optional(),
  tags: z.record(z.string(), z.string()).default({}),
  platform: z.literal('windows').optional(),
  hibernation: z.boolean().default(false),
  architecture: z.enum(['x86_64', 'arm64']).default('x86_64'),
  launchTime: z.iso.datetime().optional(),
  privateIpAddress: z.ipv4().optional(),
  publicIpAddress: z.ipv4().optional(),
});

export const instanceListSchema = z.strictObject({
  instances: z.array(instanceSpecSchema),
});

export const fleetSpecSchema = z.union([
  z.literal('demo'),
  instanceListSchema,
  z.strictObject({
    generate: z.int().min(0).max(1_000_000),
    regions: z.array(z.string().min(1)).min(1).optional(),
  }),
]);

/** A fleet to load: `'demo'`, an explicit list of instances, or N generated ones. */
export type FleetSpec = z.input<typeof fleetSpecSchema>;

export type InstanceSpec = z.output<typeof instanceSpecSchema>;
