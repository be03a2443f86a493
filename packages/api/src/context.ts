import type { Ec2ClientCache } from './aws/client-cache.js';
import { credentialHeaders, roleHeaders } from './protocol.js';

/** Credentials exactly as the request carried them; validated by the procedures. */
export interface RawCredentials {
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  sessionToken?: string | undefined;
  /** A role for the server to assume, when it runs with its own credentials. */
  roleArn?: string | undefined;
  externalId?: string | undefined;
}

/** The part of the request's pino logger that the API writes to. */
export interface ApiLogger {
  info(fields: Record<string, unknown>, message: string): void;
}

/** What the router needs from the server that hosts it. */
export interface ApiDependencies {
  clients: Ec2ClientCache;
  /** DescribeInstances page size, 5 to 1000. */
  pageSize?: number | undefined;
  /** How many regions one list call queries at the same time. */
  regionConcurrency?: number | undefined;
  /** First delay between DescribeInstances polls when a start or stop waits. */
  waitPollMs?: number | undefined;
  /**
   * `caller` (the default): every request brings AWS keys. `server`: the server's own
   * credentials, optionally to assume a role the request names; requests bring no keys.
   */
  credentialsMode?: 'caller' | 'server' | undefined;
}

export interface Context extends ApiDependencies {
  credentials: RawCredentials;
  /** Name of the API token the request presented, when the server requires tokens. */
  caller?: string | undefined;
  /** The request's logger; audit lines go to it. */
  log?: ApiLogger | undefined;
  /** The server's id for the request, echoed in error data as REST does. */
  requestId?: string | undefined;
}

type Headers = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function credentialsFromHeaders(headers: Headers): RawCredentials {
  return {
    accessKeyId: single(headers[credentialHeaders.accessKeyId]),
    secretAccessKey: single(headers[credentialHeaders.secretAccessKey]),
    sessionToken: single(headers[credentialHeaders.sessionToken]),
    roleArn: single(headers[roleHeaders.roleArn]),
    externalId: single(headers[roleHeaders.externalId]),
  };
}
