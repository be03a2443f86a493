import type { AppRouter } from '@ec2-control/api';
import {
  type ApiDependencies,
  ApiError,
  appRouter,
  credentialsFromHeaders,
  describeError,
} from '@ec2-control/api';
import {
  type FastifyTRPCPluginOptions,
  fastifyTRPCPlugin,
} from '@trpc/server/adapters/fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';

import { logFailure } from './error-body.js';
import { contextOf } from './request-context.js';

// tRPC would act on the first of several `input` parameters; REST refuses parameters
// that are given twice and disagree, and tRPC calls get the same answer.
async function refuseRepeatedInput(request: FastifyRequest) {
  const { input } = (request.query ?? {}) as Record<string, unknown>;
  if (!Array.isArray(input)) return;

  const rule = 'must be given once';
  throw new ApiError('VALIDATION_FAILED', `input ${rule}`, {
    issues: [{ path: 'input', message: rule }],
  });
}

export async function trpcRoutes(app: FastifyInstance, deps: ApiDependencies) {
  const trpcOptions: FastifyTRPCPluginOptions<AppRouter>['trpcOptions'] = {
    router: appRouter,
    createContext: ({ req }) => contextOf(deps, req, credentialsFromHeaders(req.headers)),
    onError: function logTrpcError({ error, req }) {
      const view = describeError(error);
      if (view.apiCode === 'INTERNAL_ERROR')
        req.log.error({ err: error }, 'unexpected error');
      else logFailure(req.log, view);
    },
  };

  app.addHook('preHandler', refuseRepeatedInput);
  await app.register(fastifyTRPCPlugin, { prefix: '/trpc', trpcOptions });
}
