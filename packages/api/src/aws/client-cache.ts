import { createHash } from 'node:crypto';
import { EC2Client } from '@aws-sdk/client-ec2';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { LRUCache } from 'lru-cache';

import type { AssumeRole } from '../schemas/assume-role.js';
import type { AwsCredentials } from '../schemas/credentials.js';
import { shareReads } from './share-reads.js';

/** The server's own AWS credentials, used as they are or to assume a role. */
export interface ServerIdentity {
  source: 'server';
  role?: AssumeRole | undefined;
}

/** Whose AWS power a client acts with: the caller's keys, or the server's. */
export type AwsIdentity = AwsCredentials | ServerIdentity;

export interface Ec2ClientOptions {
  /** Any EC2-compatible endpoint (moto, LocalStack, the sandbox); AWS when unset. */
  endpoint?: string | undefined;
  /** How many distinct (identity, region) clients to keep. */
  maxClients?: number;
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Attempts per call including the first, as the SDK counts them. */
  maxAttempts?: number;
  /** The server's own credentials; required for server identities. */
  serverCredentials?: AwsCredentialIdentityProvider | undefined;
  /** Where roles are assumed (moto, LocalStack); AWS's regional STS when unset. */
  stsEndpoint?: string | undefined;
  /** Identical DescribeInstances calls in flight on one client share one; default true. */
  shareReads?: boolean;
}

export interface Ec2ClientCache {
  get(identity: AwsIdentity, region: string): EC2Client;
  readonly size: number;
  /** How many clients were ever built; lets callers see that reuse happens. */
  readonly created: number;
  close(): void;
}

// Shows in CloudTrail as the session of every role the server assumes.
const ROLE_SESSION_NAME = 'ec2-control';

function isServerIdentity(identity: AwsIdentity): identity is ServerIdentity {
  return 'source' in identity && identity.source === 'server';
}

function identityParts(identity: AwsIdentity): string[] {
  if (!isServerIdentity(identity)) {
    const { accessKeyId, secretAccessKey, sessionToken } = identity;
    return ['keys', accessKeyId, secretAccessKey, sessionToken ?? ''];
  }

  const { role } = identity;
  return role ? ['role', role.roleArn, role.externalId ?? ''] : ['server'];
}

function cacheKey(identity: AwsIdentity, region: string, endpoint: string): string {
  const parts = [...identityParts(identity), region, endpoint];

  // Hashed so that the keys held in memory are not the secrets themselves.
  return createHash('sha256').update(parts.join('\n')).digest('base64url');
}

export function createEc2ClientCache(options: Ec2ClientOptions = {}): Ec2ClientCache {
  const endpoint = options.endpoint;
  const maxAttempts = options.maxAttempts ?? 3;
  let created = 0;

  const clients = new LRUCache<string, EC2Client>({
    max: options.maxClients ?? 100,
    dispose: function destroyEvicted(client) {
      client.destroy();
    },
  });

  function serverCredentials(): AwsCredentialIdentityProvider {
    if (options.serverCredentials) return options.serverCredentials;
    throw new Error('server credentials were asked for, but none were configured');
  }

  function roleCredentials(role: AssumeRole, region: string) {
    const { roleArn, externalId } = role;
    const stsEndpoint = options.stsEndpoint;

    // The STS client borrows the EC2 client's handler, so it has the same timeouts
    // and its sockets close with the EC2 client.
    return fromTemporaryCredentials({
      masterCredentials: serverCredentials(),
      params: {
        RoleArn: roleArn,
        RoleSessionName: ROLE_SESSION_NAME,
        ...(externalId ? { ExternalId: externalId } : {}),
      },
      clientConfig: {
        region,
        maxAttempts,
        ...(stsEndpoint ? { endpoint: stsEndpoint } : {}),
      },
    });
  }

  function credentialsOf(identity: AwsIdentity, region: string) {
    if (!isServerIdentity(identity)) {
      const { accessKeyId, secretAccessKey, sessionToken } = identity;
      return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
    }
    return identity.role ? roleCredentials(identity.role, region) : serverCredentials();
  }

  function build(identity: AwsIdentity, region: string): EC2Client {
    const credentials = credentialsOf(identity, region);
    created += 1;

    const client = new EC2Client({
      region,
      credentials,
      maxAttempts,
      requestHandler: new NodeHttpHandler({
        connectionTimeout: options.connectTimeoutMs ?? 3_000,
        requestTimeout: options.requestTimeoutMs ?? 15_000,
        // Without this the handler only warns on stderr when the timeout passes, and the
        // call waits for the socket however long that takes.
        throwOnRequestTimeout: true,
      }),
      ...(endpoint ? { endpoint } : {}),
    });
    if (options.shareReads ?? true) shareReads(client);
    return client;
  }

  return {
    get(identity, region) {
      const key = cacheKey(identity, region, endpoint ?? '');
      const cached = clients.get(key);
      if (cached) return cached;

      const client = build(identity, region);
      clients.set(key, client);
      return client;
    },
    get size() {
      return clients.size;
    },
    get created() {
      return created;
    },
    close() {
      clients.clear();
    },
  };
}
