import type { AppRouter } from '@ec2-control/api';
import {
  type ApiDependencies,
  appRouter,
  credentialsFromHeaders,
  describeError,
} from '@ec2-control/api';
import {
  type FastifyTRPCPluginOptions,
  fastifyTRPCPlugin,
} from '@trpc/server/adapters/fastify';
import type { FastifyInstance } from 'fastify';

import { logFailure } from './error-body.js';
import { contextOf } from './request-context.js';

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

  await app.register(fastifyTRPCPlugin, { prefix: '/trpc', trpcOptions });
}
