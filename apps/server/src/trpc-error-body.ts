import { apiErrors, type ErrorView } from '@ec2-control/api';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { FastifyRequest } from 'fastify';

export function isTrpcRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/trpc/');
}

/**
 * An error raised before tRPC ran (a refused token, a rate limit, a large body), in the
 * shape tRPC gives its own, so typed clients read `data.apiCode` as for any other error.
 */
export function trpcErrorBody(view: ErrorView, requestId: string) {
  const { apiCode, status, message, ...details } = view;
  const code = apiErrors[apiCode].trpcCode;
  const data = { code, httpStatus: status, apiCode, requestId, ...details };

  return { error: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data } };
}
