import {
  type ApiErrorCode,
  type AppRouter,
  listOutputSchema,
  type RawCredentials,
  stateChangeOutputSchema,
} from '@ec2-control/api';
import type { HTTPMethods } from 'fastify';
import type { z } from 'zod';

import { listParams } from './list-params.js';
import type { RestParams } from './rest-params.js';
import { startParams, stopParams } from './state-change-params.js';

type Caller = ReturnType<AppRouter['createCaller']>;

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
  parse(params: unknown): { credentials: RawCredentials; run(caller: Caller): unknown };
}

function restAction<I>(
  route: RestRoute & {
    params: RestParams<I>;
    run(caller: Caller, input: I): Promise<unknown>;
  },
): RestAction {
  const { run, ...rest } = route;
  return {
    ...rest,
    parse(params) {
      const { input, credentials } = route.params.parse(params);
      return { credentials, run: (caller) => run(caller, input) };
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
    run: (caller, input) => caller.ec2.list(input),
  }),
  restAction({
    url: '/ec2/start',
    methods: ['POST'],
    summary: 'Start instances',
    params: startParams,
    output: stateChangeOutputSchema,
    errors: instanceErrors,
    run: (caller, input) => caller.ec2.start(input),
  }),
  restAction({
    url: '/ec2/stop',
    methods: ['POST'],
    summary: 'Stop or hibernate instances',
    params: stopParams,
    output: stateChangeOutputSchema,
    errors: instanceErrors,
    run: (caller, input) => caller.ec2.stop(input),
  }),
];
