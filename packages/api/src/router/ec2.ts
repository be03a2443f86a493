import { audit } from '../audit.js';
import { awsProcedure } from '../aws-procedure.js';
import { listInputSchema } from '../schemas/list.js';
import {
  startInputSchema,
  stateChangeOutputSchema,
  stopInputSchema,
} from '../schemas/state-change.js';
import { startInstances, stopInstances } from '../service/change-state.js';
import { listFleet } from '../service/list-fleet.js';
import { createRouter } from '../trpc.js';
import { fleetOptionsOf, targetOf } from './aws-targets.js';

export const ec2Router = createRouter({
  // No output parse: it copied every summary of a listing (27 MB at 100,000 instances)
  // to re-check what listFleet's types already promise; the OpenAPI response tests
  // check real answers against listOutputSchema instead.
  list: awsProcedure.input(listInputSchema).query(function list({ ctx, input }) {
    return listFleet(input, fleetOptionsOf(ctx));
  }),

  start: awsProcedure
    .input(startInputSchema)
    .use(audit)
    .output(stateChangeOutputSchema)
    .mutation(function start({ ctx, input }) {
      const options = { waitPollMs: ctx.waitPollMs };
      return startInstances(targetOf(ctx, input.region), input, options);
    }),

  stop: awsProcedure
    .input(stopInputSchema)
    .use(audit)
    .output(stateChangeOutputSchema)
    .mutation(function stop({ ctx, input }) {
      const options = { waitPollMs: ctx.waitPollMs };
      return stopInstances(targetOf(ctx, input.region), input, options);
    }),
});
