import { z } from 'zod';

export const instanceStateSchema = z.enum([
  'pending',
  'running',
  'shutting-down',
  'terminated',
  'stopping',
  'stopped',
]);

export const instanceSummarySchema = z.object({
  id: z.string(),
  region: z.string(),
  name: z.string().nullable().describe('Value of the Name tag'),
  state: instanceStateSchema.nullable(),
  type: z.string().nullable(),
  availabilityZone: z.string().nullable(),
  privateIp: z.string().nullable(),
  publicIp: z.string().nullable(),
  keyName: z.string().nullable(),
  imageId: z.string().nullable(),
  vpcId: z.string().nullable(),
  subnetId: z.string().nullable(),
  securityGroupIds: z.array(z.string()),
  launchTime: z.iso.datetime().nullable(),
  platform: z.string().nullable(),
  tags: z.record(z.string(), z.string()),
});

export type InstanceState = z.infer<typeof instanceStateSchema>;
export type InstanceSummary = z.infer<typeof instanceSummarySchema>;
