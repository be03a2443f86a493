import type { Ec2ClientCache } from './aws/client-cache.js';
import { credentialHeaders } from './protocol.js';

/** Credentials exactly as the request carried them; validated by the procedures. */
export interface RawCredentials {
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  sessionToken?: string | undefined;
}

/** What the router needs from the server that hosts it. */
export interface ApiDependencies {
  clients: Ec2ClientCache;
  /** DescribeInstances page size, 5 to 1000. */
  pageSize?: number | undefined;
}

export interface Context extends ApiDependencies {
  credentials: RawCredentials;
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
  };
}
