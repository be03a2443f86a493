import type { awsProcedure } from '../aws-procedure.js';
import type { Ec2Target } from '../service/ec2-target.js';
import type { FleetOptions } from '../service/list-fleet.js';

export type AwsContext = Parameters<Parameters<typeof awsProcedure.query>[0]>[0]['ctx'];

/** The caller's EC2 in one region, with the secrets its errors must not show. */
export function targetOf(ctx: AwsContext, region: string): Ec2Target {
  return {
    client: ctx.clients.get(ctx.credentials, region),
    region,
    secrets: ctx.secrets,
  };
}

export function fleetOptionsOf(ctx: AwsContext): FleetOptions {
  return {
    targetFor: (region) => targetOf(ctx, region),
    pageSize: ctx.pageSize,
    regionConcurrency: ctx.regionConcurrency,
    log: ctx.log,
  };
}
