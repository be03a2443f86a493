import {
  type ApiErrorCode,
  appRouter,
  type Context,
  listOutputSchema,
  type RawCredentials,
  stateChangeOutputSchema,
  streamRouter,
} from '@ec2-control/api';
import type { HTTPMethods } from 'fastify';
import type { z } from 'zod';

import { listBody } from './list-body.js';
import { listParams } from './list-params.js';
import type { RestParams } from './rest-params.js';
import { startParams, stopParams } from './state-change-params.js';

interface RestRoute {
  url: string;
  methods: HTTPMethods[];
  summary: string;
  /** What the procedure answers, as its own output schema says. */
  output: z.ZodType;
  /** Errors this route gives beyond those of every route. */
  errors: readonly ApiErrorCode[];
}

/** One REST route: its parameters, the procedure it calls and what that answers. */
export interface RestAction extends RestRoute {
  params: RestParams<unknown>;
  /** Parses the request's parameters; the call runs once the credentials are known. */
  parse(params: unknown): {
    credentials: RawCredentials;
    run(context: Context): Promise<unknown>;
  };
}

function restAction<I>(
  route: RestRoute & {
    params: RestParams<I>;
    run(context: Context, input: I): Promise<unknown>;
  },
): RestAction {
  const { run, ...rest } = route;
  return {
    ...rest,
    parse(params) {
      const { input, credentials } = route.params.parse(params);
      return { credentials, run: (context) => run(context, input) };
    },
  };
}

const instanceErrors: ApiErrorCode[] = [
  'INVALID_INSTANCE_ID',
  'INSTANCE_NOT_FOUND',
  'INCORRECT_INSTANCE_STATE',
  'OPERATION_NOT_PERMITTED',
  'HIBERNATION_UNSUPPORTED',
  'WAIT_TIMED_OUT',
];

export const restActions: readonly RestAction[] = [
  restAction({
    url: '/ec2/list',
    methods: ['GET', 'HEAD', 'POST'],
    summary: 'List the instances of one region, several, or all',
    params: listParams,
    output: listOutputSchema,
    errors: [],
    // Streamed, so that a fleet of any size is answered with about two pages in memory.
    run: async (context, input) =>
      listBody(await streamRouter.createCaller(context).ec2.list(input)),
  }),
  restAction({
    url: '/ec2/start',
    methods: ['POST'],
    summary: 'Start instances',
    params: startParams,
    output: stateChangeOutputSchema,
    errors: instanceErrors,
    run: (context, input) => appRouter.createCaller(context).ec2.start(input),
  }),
  restAction({
    url: '/ec2/stop',
    methods: ['POST'],
    summary: 'Stop or hibernate instances',
    params: stopParams,
    output: stateChangeOutputSchema,
    errors: instanceErrors,
    run: (context, input) => appRouter.createCaller(context).ec2.stop(input),
  }),
];
