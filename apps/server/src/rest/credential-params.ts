import {
  ApiError,
  assumeRoleSchema,
  awsCredentialsSchema,
  credentialHeaders,
  credentialsFromHeaders,
  type RawCredentials,
  roleHeaders,
} from '@ec2-control/api';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

import { type RestField, restField } from './rest-field.js';
import { text } from './wire.js';

type Field = keyof RawCredentials;

const headerOf: Record<Field, string> = { ...credentialHeaders, ...roleHeaders };

const rules: Record<Field, z.ZodType> = {
  ...awsCredentialsSchema.shape,
  ...assumeRoleSchema.shape,
};

const what: Record<Field, string> = {
  accessKeyId: 'AWS access key id',
  secretAccessKey: 'AWS secret access key',
  sessionToken: 'AWS session token, for temporary keys',
  roleArn: 'A role for the server to assume (server mode only)',
  externalId: 'The external id of that role (server mode only)',
};

// The procedure checks credentials, since which of them a request may carry depends on
// whose AWS credentials the server uses; here they are read as given. The document
// still shows the shape that the API's schema asks for.
function documented(field: Field, description: string) {
  const { pattern } = z.toJSONSchema(rules[field]) as { pattern?: string };
  return z.string().meta({ description, ...(pattern ? { pattern } : {}) });
}

function param(field: Field, name: string): RestField {
  const prefer = `prefer the ${headerOf[field]} header, which stays out of URLs`;
  return restField(field, [name], text(documented(field, `${what[field]}; ${prefer}`)));
}

export const credentialFields: readonly RestField[] = [
  param('accessKeyId', 'aws_access_key_id'),
  param('secretAccessKey', 'aws_secret_access_key'),
  param('sessionToken', 'aws_session_token'),
  param('roleArn', 'role_arn'),
  param('externalId', 'external_id'),
];

/** The credential headers, for the document; tRPC and REST read them alike. */
export const credentialHeadersSchema = z.object(
  Object.fromEntries(
    (Object.keys(what) as Field[]).map((field) => [
      headerOf[field],
      documented(field, what[field]).optional(),
    ]),
  ),
);

/**
 * The request's credentials from headers and parameters. One given both ways must say
 * the same: otherwise which of them the call used would be a guess.
 */
export function credentialsOf(request: FastifyRequest, fromParams: RawCredentials) {
  const fromHeaders = credentialsFromHeaders(request.headers);
  const credentials: RawCredentials = {};
  const clashes: string[] = [];

  for (const { field, names } of credentialFields) {
    const key = field as Field;
    const header = fromHeaders[key];
    const given = fromParams[key];
    if (header !== undefined && given !== undefined && header !== given) {
      clashes.push(`${names[0]},${headerOf[key]}`);
    }
    credentials[key] = header ?? given;
  }

  if (clashes.length > 0) {
    const issues = clashes.map((path) => ({
      path,
      message: 'disagree; give one of them',
    }));
    const message = issues.map((issue) => `${issue.path} ${issue.message}`).join('; ');
    throw new ApiError('VALIDATION_FAILED', message, { issues });
  }
  return credentials;
}
