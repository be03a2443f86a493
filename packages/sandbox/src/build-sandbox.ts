import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { adminRoutes } from './admin/admin-routes.js';
import { ec2Routes } from './ec2/ec2-routes.js';
import { createSandbox, type Sandbox } from './sandbox.js';
import type { SandboxOptions } from './sandbox-options.js';

/** The admin API lives outside the EC2 path, which is `/`. */
export const ADMIN_PREFIX = '/_sandbox';

export interface SandboxServer {
  readonly app: FastifyInstance;
  readonly sandbox: Sandbox;
}

export function createSandboxServer(options: SandboxOptions = {}): SandboxServer {
  const sandbox = createSandbox(options);
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
  });

  app.register(ec2Routes(sandbox));
  app.register(adminRoutes(sandbox.admin), { prefix: ADMIN_PREFIX });

  return { app, sandbox };
}

/**
 * Builds the sandbox as an unstarted Fastify instance: call `listen` to serve it, or
 * `inject` to test it without a port.
 */
export function buildSandbox(options: SandboxOptions = {}): FastifyInstance {
  return createSandboxServer(options).app;
}
