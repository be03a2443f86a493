import {
  type ApiErrorCode,
  apiErrors,
  listOutputSchema,
  stateChangeSchema,
} from '@ec2-control/api';
import { z } from 'zod';
import {
  createDocument,
  type oas31,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
} from 'zod-openapi';

import type { Config } from '../config.js';
import { HEALTH_ROUTE } from '../open-routes.js';
import { type RestAction, restActions } from '../rest/actions.js';
import { credentialHeadersSchema } from '../rest/credential-params.js';
import { errorResponses } from './error-responses.js';

// No documented operation gets these: its route exists and takes its method.
const routingErrors: ApiErrorCode[] = ['ROUTE_NOT_FOUND', 'METHOD_NOT_ALLOWED'];

const tokenErrors: ApiErrorCode[] = ['API_TOKEN_MISSING', 'API_TOKEN_INVALID'];

/** Every catalogue error that all REST routes can give, with this configuration. */
function commonErrors(config: Config): ApiErrorCode[] {
  const excluded = new Set([
    ...routingErrors,
    ...restActions.flatMap((action) => action.errors),
    ...(config.apiTokens.length > 0 ? [] : tokenErrors),
  ]);
  const codes = Object.keys(apiErrors) as ApiErrorCode[];
  return codes.filter((code) => !excluded.has(code));
}

const BEARER = 'apiToken';

function nameOf(action: RestAction): string {
  return action.url.split('/').at(-1) ?? action.url;
}

// Shown once under components and referred to elsewhere. A component that refers to
// another would be shown twice, once as if it were input: zod-openapi renders every
// component for requests too.
const componentSchemas = {
  ListOutput: listOutputSchema,
  StateChange: stateChangeSchema,
};

function operation(
  action: RestAction,
  method: 'get' | 'post',
  errors: ApiErrorCode[],
): ZodOpenApiOperationObject {
  const name = nameOf(action);
  const form = method === 'get' ? {} : { requestBody: requestBodyOf(action) };
  return {
    operationId: method === 'get' ? `${name}Get` : name,
    summary: action.summary,
    tags: ['ec2'],
    requestParams: {
      header: credentialHeadersSchema,
      ...(method === 'get' ? { query: action.params.in } : {}),
    },
    ...form,
    responses: {
      '200': {
        description: 'The procedure output, as tRPC returns it',
        content: { 'application/json': { schema: action.output } },
      },
      ...errorResponses([...errors, ...action.errors]),
    },
  };
}

function requestBodyOf(action: RestAction) {
  const media = { schema: action.params };
  return {
    description:
      'Parameters as JSON or a form; the query string is read too, a body value wins',
    content: { 'application/json': media, 'application/x-www-form-urlencoded': media },
  };
}

function pathsOf(errors: ApiErrorCode[]): ZodOpenApiPathsObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const action of restActions) {
    const methods = action.methods.filter((method) => method !== 'HEAD');
    paths[action.url] = Object.fromEntries(
      methods.map((method) => {
        const key = method.toLowerCase() as 'get' | 'post';
        return [key, operation(action, key, errors)];
      }),
    );
  }
  return paths;
}

const healthPath: ZodOpenApiPathsObject = {
  [HEALTH_ROUTE]: {
    get: {
      operationId: 'health',
      summary: 'Says the server is up; needs no token',
      tags: ['server'],
      security: [],
      responses: {
        '200': {
          description: 'The server is up',
          content: {
            'application/json': { schema: z.object({ status: z.literal('ok') }) },
          },
        },
      },
    },
  },
};

/**
 * The OpenAPI 3.1 document of the REST routes, made from the schemas that parse their
 * parameters and the procedures' output schemas, so that it cannot drift from them.
 */
export function openApiDocument(config: Config): oas31.OpenAPIObject {
  const tokens = config.apiTokens.length > 0;
  const errors = commonErrors(config);
  const securitySchemes = tokens
    ? { securitySchemes: { [BEARER]: { type: 'http' as const, scheme: 'bearer' } } }
    : {};

  return createDocument({
    openapi: '3.1.0',
    components: { schemas: componentSchemas, ...securitySchemes },
    info: {
      title: 'ec2-control',
      version: '0.1.0',
      description:
        'Lists, starts and stops EC2 instances with the AWS credentials of each call.',
    },
    ...(tokens ? { security: [{ [BEARER]: [] }] } : {}),
    paths: { ...pathsOf(errors), ...healthPath },
  });
}
