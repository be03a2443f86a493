import { ApiError, describeError, type ErrorView } from '@ec2-control/api';
import type { FastifyError, FastifyInstance } from 'fastify';

import { errorBody, logFailure } from './error-body.js';
import { isTrpcRequest, trpcErrorBody } from './trpc-error-body.js';

// Errors Fastify raises before a handler runs: bad JSON, wrong content type, big body.
function viewOfFastifyError(error: FastifyError): ErrorView | undefined {
  const status = error.statusCode ?? 500;
  // A JSON parser's message quotes the body, and the body may hold AWS keys.
  if (error instanceof SyntaxError) {
    return {
      apiCode: 'VALIDATION_FAILED',
      status: 400,
      message: 'The body is not valid JSON',
    };
  }
  if (status === 413)
    return describeError(new ApiError('PAYLOAD_TOO_LARGE', error.message));
  if (status === 415)
    return describeError(new ApiError('UNSUPPORTED_MEDIA_TYPE', error.message));
  if (status >= 400 && status < 500) {
    return { apiCode: 'VALIDATION_FAILED', status: 400, message: error.message };
  }
  return undefined;
}

export function registerErrorHandlers(app: FastifyInstance) {
  app.setErrorHandler(function renderError(error: FastifyError, request, reply) {
    const view =
      (error instanceof ApiError ? undefined : viewOfFastifyError(error)) ??
      describeError(error);

    if (view.status >= 500 && view.apiCode === 'INTERNAL_ERROR') {
      request.log.error({ err: error }, 'unexpected error');
    } else {
      logFailure(request.log, view);
    }
    const render = isTrpcRequest(request) ? trpcErrorBody : errorBody;
    return reply.status(view.status).send(render(view, request.id));
  });

  app.setNotFoundHandler(function renderNotFound(request, reply) {
    const path = request.url.split('?', 1)[0];
    const view = describeError(
      new ApiError('ROUTE_NOT_FOUND', `No route ${request.method} ${path}`),
    );
    return reply.status(404).send(errorBody(view, request.id));
  });
}
