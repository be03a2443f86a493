import { randomUUID } from 'node:crypto';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import {
  type ApiDependencies,
  createEc2ClientCache,
  type Ec2ClientCache,
  type Ec2ClientOptions,
} from '@ec2-control/api';
import Fastify from 'fastify';
import type { DestinationStream } from 'pino';

import { registerApiAuth } from './auth/api-auth.js';
import { rejectClientError } from './client-error.js';
import { closeConnectionsWhenClosing } from './close-connections.js';
import type { Config } from './config.js';
import { registerErrorHandlers } from './error-handlers.js';
import { loggerOptions } from './logger.js';
import { HEALTH_ROUTE } from './open-routes.js';
import { docsRoutes } from './openapi/docs-routes.js';
import { registerProtection } from './protection.js';
import { restRoutes } from './rest/routes.js';
import { trpcRoutes } from './trpc-plugin.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The AWS client cache, read by the benchmark to count clients built and kept. */
    ec2Clients: Ec2ClientCache;
  }
}

export interface BuildOptions {
  /** Where log lines go; stdout when unset. Tests pass a stream to read them. */
  logStream?: DestinationStream;
  /**
   * The server's own AWS credentials when AWS_CREDENTIALS=server: the default chain
   * (environment, shared config and SSO, container and instance roles) when unset.
   */
  serverCredentials?: Ec2ClientOptions['serverCredentials'];
}

function serverCredentialsOf(config: Config, options: BuildOptions) {
  if (config.aws.credentials !== 'server') return undefined;
  return options.serverCredentials ?? fromNodeProviderChain();
}

/** The whole server, unstarted: callers listen, or `inject()` in tests. */
export async function buildApp(config: Config, options: BuildOptions = {}) {
  const app = Fastify({
    logger: loggerOptions(config, options.logStream),
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 500 },
    bodyLimit: config.limits.bodyLimitBytes,
    // On close: stop accepting, answer 503 on kept-alive connections, drop idle ones,
    // and let requests in flight finish. Fastify's defaults, stated as relied upon.
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    clientErrorHandler: rejectClientError,
  });

  const clients = createEc2ClientCache({
    endpoint: config.aws.endpoint,
    maxClients: config.aws.clientCacheSize,
    maxAttempts: config.aws.maxAttempts,
    connectTimeoutMs: config.aws.connectTimeoutMs,
    requestTimeoutMs: config.aws.requestTimeoutMs,
    serverCredentials: serverCredentialsOf(config, options),
    stsEndpoint: config.aws.stsEndpoint,
    shareReads: config.aws.shareReads,
  });
  const deps: ApiDependencies = {
    clients,
    pageSize: config.aws.pageSize,
    regionConcurrency: config.aws.listRegionConcurrency,
    credentialsMode: config.aws.credentials,
    waitPollMs: config.aws.waitPollMs,
  };
  app.decorate('ec2Clients', clients);

  app.addHook('onRequest', async function echoRequestId(request, reply) {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onClose', async function closeClients() {
    clients.close();
  });
  closeConnectionsWhenClosing(app);

  registerErrorHandlers(app);
  await registerProtection(app, config);
  registerApiAuth(app, config.apiTokens);
  app.get(HEALTH_ROUTE, async () => ({ status: 'ok' }));
  await app.register(trpcRoutes, deps);
  await app.register(restRoutes, deps);
  await app.register(docsRoutes, config);

  return app;
}
