import { awsProcedure } from '../aws-procedure.js';
import { listInputSchema, listOutputSchema } from '../schemas/list.js';
import {
  startInputSchema,
  stateChangeOutputSchema,
  stopInputSchema,
} from '../schemas/state-change.js';
import { startInstances, stopInstances } from '../service/change-state.js';
import type { Ec2Target } from '../service/ec2-target.js';
import { listInstances } from '../service/list-instances.js';
import { createRouter } from '../trpc.js';

type AwsContext = Parameters<Parameters<typeof awsProcedure.query>[0]>[0]['ctx'];

function targetOf(ctx: AwsContext, region: string): Ec2Target {
  return {
    client: ctx.clients.get(ctx.credentials, region),
    region,
    secrets: ctx.secrets,
  };
}

export const ec2Router = createRouter({
  list: awsProcedure
    .input(listInputSchema)
    .output(listOutputSchema)
    .query(async function list({ ctx, input }) {
      const target = targetOf(ctx, input.region);
      const instances = await listInstances(target, { pageSize: ctx.pageSize });
      return { instances };
    }),

  start: awsProcedure
    .input(startInputSchema)
    .output(stateChangeOutputSchema)
    .mutation(function start({ ctx, input }) {
      return startInstances(targetOf(ctx, input.region), input.instanceIds);
    }),

  stop: awsProcedure
    .input(stopInputSchema)
    .output(stateChangeOutputSchema)
    .mutation(function stop({ ctx, input }) {
      return stopInstances(targetOf(ctx, input.region), input.instanceIds);
    }),
});
