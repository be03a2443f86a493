import { ApiError } from '@ec2-control/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';

import type { ApiToken } from '../config-lists.js';
import { HEALTH_ROUTE, isDocsRoute, OPENAPI_ROUTE } from '../open-routes.js';
import { createTokenVerifier } from './token-verifier.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Name of the API token the request presented; unset when none is required. */
    apiCaller: string | undefined;
    /** Why the request's token was refused, if it was. */
    tokenRefusal: 'API_TOKEN_MISSING' | 'API_TOKEN_INVALID' | undefined;
  }
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

const messages = {
  API_TOKEN_MISSING: 'An API token is required: send it as Authorization: Bearer <token>',
  API_TOKEN_INVALID: 'The API token is not valid',
} as const;

// Neither the health check nor the docs page and its document reveals or changes anything.
function isOpen(request: FastifyRequest): boolean {
  const route = request.routeOptions.url ?? '';
  return route === HEALTH_ROUTE || route === OPENAPI_ROUTE || isDocsRoute(route);
}

/**
 * Requires a bearer token from `tokens` on every route but the open ones. The token is
 * read on arrival, so the rate limiter can count by its name, and enforced before the
 * body is read, so refused callers cost no parsing.
 */
export function registerApiAuth(app: FastifyInstance, tokens: readonly ApiToken[]) {
  app.decorateRequest('apiCaller', undefined);
  app.decorateRequest('tokenRefusal', undefined);
  if (tokens.length === 0) return;

  const nameOf = createTokenVerifier(tokens);

  app.addHook('onRequest', async function identifyCaller(request) {
    const presented = request.headers.authorization?.match(BEARER)?.[1];
    const name = presented === undefined ? undefined : nameOf(presented);

    request.apiCaller = name;
    if (name === undefined) {
      request.tokenRefusal = presented ? 'API_TOKEN_INVALID' : 'API_TOKEN_MISSING';
    }
  });

  app.addHook('preParsing', async function requireToken(request, reply) {
    const refusal = request.tokenRefusal;
    if (!refusal || isOpen(request)) return;

    reply.header('www-authenticate', 'Bearer realm="ec2-control"');
    throw new ApiError(refusal, messages[refusal]);
  });
}
