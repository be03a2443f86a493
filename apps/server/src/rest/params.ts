import type { RawCredentials } from '@ec2-control/api';
import { ApiError, credentialsFromHeaders } from '@ec2-control/api';
import type { FastifyRequest } from 'fastify';

type Params = Record<string, unknown>;

/** The original service's parameter names, with the API field each one fills. */
export const restNames: Record<string, string> = {
  region: 'region_name',
  instanceIds: 'instance_id',
  dryRun: 'dry_run',
  waitTimeoutSeconds: 'wait_timeout_seconds',
  hibernateFallback: 'hibernate_fallback',
  states: 'state',
  tags: 'tag',
  instanceTypes: 'instance_type',
  accessKeyId: 'aws_access_key_id',
  secretAccessKey: 'aws_secret_access_key',
  sessionToken: 'aws_session_token',
  roleArn: 'role_arn',
  externalId: 'external_id',
};

function isParams(value: unknown): value is Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Query string and body together; a body value wins over the same query name. */
export function paramsOf(request: FastifyRequest): Params {
  const query = isParams(request.query) ? request.query : {};
  const body = isParams(request.body) ? request.body : {};
  return { ...query, ...body };
}

/** The value given under any of `names`, which must agree when several are given. */
export function firstOf(params: Params, names: string[]): unknown {
  const given = names.filter((name) => params[name] !== undefined);
  const values = new Set(given.map((name) => JSON.stringify(params[name])));

  if (values.size > 1) {
    const text = `${given.join(' and ')} disagree; give one of them`;
    throw new ApiError('VALIDATION_FAILED', text, {
      issues: [{ path: given.join(','), message: 'disagree; give one of them' }],
    });
  }
  return given.length > 0 ? params[given[0] as string] : undefined;
}

function stringParam(params: Params, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || typeof value === 'string') return value;

  throw new ApiError('VALIDATION_FAILED', `${name} must be given once, as a string`, {
    issues: [{ path: name, message: 'must be given once, as a string' }],
  });
}

export function credentialsOf(request: FastifyRequest, params: Params): RawCredentials {
  const fromHeaders = credentialsFromHeaders(request.headers);

  return {
    accessKeyId: fromHeaders.accessKeyId ?? stringParam(params, 'aws_access_key_id'),
    secretAccessKey:
      fromHeaders.secretAccessKey ?? stringParam(params, 'aws_secret_access_key'),
    sessionToken: fromHeaders.sessionToken ?? stringParam(params, 'aws_session_token'),
    roleArn: fromHeaders.roleArn ?? stringParam(params, 'role_arn'),
    externalId: fromHeaders.externalId ?? stringParam(params, 'external_id'),
  };
}

export function regionOf(params: Params): unknown {
  return firstOf(params, ['region_name', 'region']);
}

/** One id or several: `instance_id=i-1&instance_id=i-2` or `i-1,i-2` or a JSON array. */
export function instanceIdsOf(params: Params): unknown {
  const value = firstOf(params, ['instance_id', 'InstanceId', 'instanceIds']);
  if (typeof value === 'string') return value.split(',');
  return value;
}
