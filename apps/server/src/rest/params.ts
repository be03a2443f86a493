import { ApiError } from '@ec2-control/api';
import type { FastifyRequest } from 'fastify';

import { credentialFields } from './credential-params.js';
import { listFields } from './list-params.js';
import type { RestField } from './rest-field.js';
import { stopFields } from './state-change-params.js';

type Params = Record<string, unknown>;

function isParams(value: unknown): value is Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Compared as text: a query string says `false` where a JSON body says false.
function asText(value: unknown): string {
  return JSON.stringify([value].flat().map(String));
}

function disagreements(query: Params, body: Params) {
  const message = 'differs between the query string and the body; give it once';
  return Object.keys(body)
    .filter((name) => name in query && asText(query[name]) !== asText(body[name]))
    .map((name) => ({ path: name, message }));
}

/**
 * Query string and body together. A name given in both must say the same in both: a
 * body's `dry_run=false` quietly overriding the URL's `dry_run=true` would really stop.
 */
export function paramsOf(request: FastifyRequest): Params {
  const query = isParams(request.query) ? request.query : {};
  const body = isParams(request.body) ? request.body : {};

  const issues = disagreements(query, body);
  if (issues.length > 0) {
    const text = issues.map((issue) => `${issue.path} ${issue.message}`).join('; ');
    throw new ApiError('VALIDATION_FAILED', text, { issues });
  }
  return { ...query, ...body };
}

const allFields: readonly RestField[] = [
  ...listFields,
  ...stopFields,
  ...credentialFields,
];

/** The original service's name for each API field and for each other name it takes. */
export const restNames: Readonly<Record<string, string>> = Object.fromEntries(
  allFields.flatMap(({ field, names }) =>
    [field, ...names].map((key) => [key, names[0]] as const),
  ),
);
