import { Readable } from 'node:stream';
import { type ApiDependencies, ApiError } from '@ec2-control/api';
import formBody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';

import { contextOf } from '../request-context.js';
import { type RestAction, restActions } from './actions.js';
import { credentialsOf } from './credential-params.js';
import { paramsOf } from './params.js';
import { toRestError } from './rest-error.js';

const MEDIA_RULE =
  'The body must be JSON (application/json) ' +
  'or a form (application/x-www-form-urlencoded)';

const ALL_METHODS: HTTPMethods[] = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
];

function rejectMethod(allowed: HTTPMethods[]) {
  const allow = allowed.join(', ');

  return async function methodNotAllowed(request: FastifyRequest, reply: FastifyReply) {
    reply.header('allow', allow);
    throw new ApiError(
      'METHOD_NOT_ALLOWED',
      `${request.method} is not allowed; use ${allow}`,
    );
  };
}

function runWith(deps: ApiDependencies, action: RestAction) {
  return async function runAction(request: FastifyRequest, reply: FastifyReply) {
    try {
      const { credentials, run } = action.parse(paramsOf(request));
      const context = contextOf(deps, request, credentialsOf(request, credentials));
      const answer = await run(context);

      if (answer instanceof Readable) reply.type('application/json; charset=utf-8');
      return answer;
    } catch (error) {
      throw toRestError(error);
    }
  };
}

/** The original service's routes, answered by the same router as tRPC. */
export async function restRoutes(app: FastifyInstance, deps: ApiDependencies) {
  // REST reads JSON and forms only. Fastify's own text parser would hand a text body on
  // as a string, whose parameters would then all seem missing.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('*', function refuseBody(_request, _body, done) {
    done(new ApiError('UNSUPPORTED_MEDIA_TYPE', MEDIA_RULE), undefined);
  });
  await app.register(formBody);

  for (const action of restActions) {
    const { url, methods } = action;
    const others = ALL_METHODS.filter((method) => !methods.includes(method));

    app.route({
      url,
      method: methods,
      exposeHeadRoute: false,
      handler: runWith(deps, action),
    });
    app.route({
      url,
      method: others,
      exposeHeadRoute: false,
      handler: rejectMethod(methods),
    });
  }
}
