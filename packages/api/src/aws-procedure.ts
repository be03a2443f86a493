import { createHash } from 'node:crypto';
import type { ZodError } from 'zod';

import type { AwsIdentity, ServerIdentity } from './aws/client-cache.js';
import type { RawCredentials } from './context.js';
import { ApiError } from './errors/api-error.js';
import type { ApiErrorCode } from './errors/catalogue.js';
import { credentialHeaders, roleHeaders } from './protocol.js';
import { assumeRoleSchema } from './schemas/assume-role.js';
import { type AwsCredentials, awsCredentialsSchema } from './schemas/credentials.js';
import { publicProcedure } from './trpc.js';

const headerOf: Record<string, string> = { ...credentialHeaders, ...roleHeaders };
const keyFields = ['accessKeyId', 'secretAccessKey', 'sessionToken'] as const;
const roleFields = ['roleArn', 'externalId'] as const;

type Issue = { path: string; message: string };

function issue(path: PropertyKey, message: string): Issue {
  const field = String(path);
  return { path: field, message: `${message} (header ${headerOf[field]})` };
}

function issuesOf(error: ZodError): Issue[] {
  return error.issues.map((entry) => issue(entry.path[0] ?? '', entry.message));
}

function refuse(apiCode: ApiErrorCode, issues: Issue[]): ApiError {
  const text = issues.map((entry) => `${entry.path} ${entry.message}`).join('; ');
  return new ApiError(apiCode, text, { issues });
}

function given(raw: RawCredentials, fields: readonly (keyof RawCredentials)[]) {
  return fields.filter((field) => raw[field] !== undefined);
}

function callerKeys(raw: RawCredentials): AwsCredentials {
  const roleGiven = given(raw, roleFields);
  if (roleGiven.length > 0) {
    const message = 'is only taken when the server uses its own AWS credentials';
    throw refuse(
      'VALIDATION_FAILED',
      roleGiven.map((field) => issue(field, message)),
    );
  }

  const parsed = awsCredentialsSchema.safeParse(raw);
  if (!parsed.success) throw refuse('MISSING_CREDENTIALS', issuesOf(parsed.error));
  return parsed.data;
}

// Mixing sources would leave it unclear whose power a call used, so keys are refused.
function serverIdentity(raw: RawCredentials): ServerIdentity {
  const keysGiven = given(raw, keyFields);
  if (keysGiven.length > 0) {
    const message = 'is not accepted: the server uses its own AWS credentials';
    throw refuse(
      'AWS_KEYS_NOT_ACCEPTED',
      keysGiven.map((field) => issue(field, message)),
    );
  }
  if (given(raw, roleFields).length === 0) return { source: 'server' };

  const parsed = assumeRoleSchema.safeParse(raw);
  if (!parsed.success) throw refuse('VALIDATION_FAILED', issuesOf(parsed.error));
  return { source: 'server', role: parsed.data };
}

/** Names a caller without tokens by its access key, in a form that cannot be reversed. */
export function keyFingerprint(accessKeyId: string): string {
  return `key:${createHash('sha256').update(accessKeyId).digest('hex').slice(0, 12)}`;
}

function secretsOf(identity: AwsIdentity): (string | undefined)[] {
  if ('source' in identity) return [identity.role?.externalId];
  return [identity.accessKeyId, identity.secretAccessKey, identity.sessionToken];
}

/** A procedure that runs with a validated AWS identity: the caller's keys or the server's. */
export const awsProcedure = publicProcedure.use(function resolveIdentity({ ctx, next }) {
  const identity: AwsIdentity =
    ctx.credentialsMode === 'server'
      ? serverIdentity(ctx.credentials)
      : callerKeys(ctx.credentials);
  const caller =
    ctx.caller ??
    ('source' in identity ? 'server' : keyFingerprint(identity.accessKeyId));

  return next({ ctx: { credentials: identity, secrets: secretsOf(identity), caller } });
});
