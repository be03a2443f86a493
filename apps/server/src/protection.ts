import { ApiError, credentialHeaders, roleHeaders } from '@ec2-control/api';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';

import type { Config } from './config.js';
import { HEALTH_ROUTE, isDocsRoute } from './open-routes.js';

// The API answers JSON only: nothing it sends may load anything or be framed.
const apiPolicy = {
  defaultSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

/** What a Swagger UI page under /docs needs: its own files, inline styles, data: images. */
export const docsPolicy = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
};

function rateLimitKey(request: FastifyRequest): string {
  return request.apiCaller ? `token:${request.apiCaller}` : `ip:${request.ip}`;
}

function rateLimited(_request: FastifyRequest, context: { max: number; after: string }) {
  const text = `More than ${context.max} requests in the window; retry in ${context.after}`;
  return new ApiError('RATE_LIMITED', text);
}

/**
 * Security headers, CORS and per-caller rate limits. Registered before any route, since
 * each of them applies to the routes added after it. Routes under /docs get a policy
 * that a Swagger UI page works with; everything else gets one that allows nothing.
 */
export async function registerProtection(app: FastifyInstance, config: Config) {
  app.addHook('onRoute', function scopeDocsPolicy(route: RouteOptions) {
    if (!isDocsRoute(route.url)) return;
    route.helmet = {
      contentSecurityPolicy: { useDefaults: false, directives: docsPolicy },
    };
  });
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: apiPolicy },
  });

  if (config.corsOrigins.length > 0) {
    await app.register(cors, {
      origin: config.corsOrigins,
      methods: ['GET', 'HEAD', 'POST'],
      allowedHeaders: [
        'authorization',
        'content-type',
        ...Object.values(credentialHeaders),
        ...Object.values(roleHeaders),
      ],
      exposedHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    });
  }

  const { rateLimitMax, rateLimitWindowMs } = config.limits;
  if (rateLimitMax > 0) {
    await app.register(rateLimit, {
      max: rateLimitMax,
      timeWindow: rateLimitWindowMs,
      keyGenerator: rateLimitKey,
      allowList: (request) => request.routeOptions.url === HEALTH_ROUTE,
      errorResponseBuilder: rateLimited,
    });
  }
}
