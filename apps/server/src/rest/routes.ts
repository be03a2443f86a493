import { type ApiDependencies, ApiError, appRouter } from '@ec2-control/api';
import formBody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';

import { contextOf } from '../request-context.js';
import { listInputOf } from './list-params.js';
import { credentialsOf, paramsOf } from './params.js';
import { toRestError } from './rest-error.js';
import { startInputOf, stopInputOf } from './state-change-params.js';

type Caller = ReturnType<typeof appRouter.createCaller>;
type Params = Record<string, unknown>;

interface RestAction {
  url: string;
  methods: HTTPMethods[];
  // Inputs go to the procedure unchecked: its schema validates them, as for tRPC calls.
  run(caller: Caller, params: Params): Promise<unknown>;
}

const actions: RestAction[] = [
  {
    url: '/ec2/list',
    methods: ['GET', 'HEAD', 'POST'],
    run: (caller, params) => caller.ec2.list(listInputOf(params)),
  },
  {
    url: '/ec2/start',
    methods: ['POST'],
    run: (caller, params) => caller.ec2.start(startInputOf(params)),
  },
  {
    url: '/ec2/stop',
    methods: ['POST'],
    run: (caller, params) => caller.ec2.stop(stopInputOf(params)),
  },
];

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
  return async function runAction(request: FastifyRequest) {
    try {
      const params = paramsOf(request);
      const credentials = credentialsOf(request, params);
      const context = contextOf(deps, request, credentials);
      return await action.run(appRouter.createCaller(context), params);
    } catch (error) {
      throw toRestError(error);
    }
  };
}

/** The original service's routes, answered by the same router as tRPC. */
export async function restRoutes(app: FastifyInstance, deps: ApiDependencies) {
  await app.register(formBody);

  for (const action of actions) {
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
