import type { FastifyRequest } from 'fastify';

import { credentialFields } from './credential-params.js';
import { listFields } from './list-params.js';
import type { RestField } from './rest-field.js';
import { stopFields } from './state-change-params.js';

type Params = Record<string, unknown>;

function isParams(value: unknown): value is Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Query string and body together; a body value wins over the same query name. */
export function paramsOf(request: FastifyRequest): Params {
  const query = isParams(request.query) ? request.query : {};
  const body = isParams(request.body) ? request.body : {};
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
