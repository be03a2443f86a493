import type { ApiDependencies, Context, RawCredentials } from '@ec2-control/api';
import type { FastifyRequest } from 'fastify';

/** The router's context for one request, as tRPC and the REST routes both build it. */
export function contextOf(
  deps: ApiDependencies,
  request: FastifyRequest,
  credentials: RawCredentials,
): Context {
  return {
    ...deps,
    credentials,
    caller: request.apiCaller,
    log: request.log,
    requestId: request.id,
  };
}
