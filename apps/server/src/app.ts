import { randomUUID } from 'node:crypto';
import { type ApiDependencies, createEc2ClientCache } from '@ec2-control/api';
import Fastify from 'fastify';
import type { DestinationStream } from 'pino';

import type { Config } from './config.js';
import { registerErrorHandlers } from './error-handlers.js';
import { loggerOptions } from './logger.js';
import { restRoutes } from './rest/routes.js';
import { trpcRoutes } from './trpc-plugin.js';

export interface BuildOptions {
  /** Where log lines go; stdout when unset. Tests pass a stream to read them. */
  logStream?: DestinationStream;
}

/** The whole server, unstarted: callers listen, or `inject()` in tests. */
export async function buildApp(config: Config, options: BuildOptions = {}) {
  const app = Fastify({
    logger: loggerOptions(config, options.logStream),
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 500 },
  });

  const clients = createEc2ClientCache({
    endpoint: config.aws.endpoint,
    maxClients: config.aws.clientCacheSize,
    maxAttempts: config.aws.maxAttempts,
    connectTimeoutMs: config.aws.connectTimeoutMs,
    requestTimeoutMs: config.aws.requestTimeoutMs,
  });
  const deps: ApiDependencies = { clients, pageSize: config.aws.pageSize };

  app.addHook('onRequest', async function echoRequestId(request, reply) {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onClose', async function closeClients() {
    clients.close();
  });

  registerErrorHandlers(app);
  app.get('/healthz', async () => ({ status: 'ok' }));
  await app.register(trpcRoutes, deps);
  await app.register(restRoutes, deps);

  return app;
}
