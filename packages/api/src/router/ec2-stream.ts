import { awsProcedure } from '../aws-procedure.js';
import { listInputSchema } from '../schemas/list.js';
import { streamFleet } from '../service/stream-fleet.js';
import { createRouter } from '../trpc.js';
import { fleetOptionsOf } from './aws-targets.js';

/**
 * Procedures whose answers are written out as they arrive, for hosts that serialize
 * them themselves (the REST routes). Kept out of the tRPC router: tRPC's JSON links
 * cannot carry a stream, and typed clients get `ec2.list` whole.
 */
export const ec2StreamRouter = createRouter({
  list: awsProcedure.input(listInputSchema).query(function list({ ctx, input }) {
    return streamFleet(input, fleetOptionsOf(ctx));
  }),
});
