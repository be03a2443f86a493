import { createHash } from 'node:crypto';
import { EC2Client } from '@aws-sdk/client-ec2';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { LRUCache } from 'lru-cache';

import type { AwsCredentials } from '../schemas/credentials.js';

export interface Ec2ClientOptions {
  /** Any EC2-compatible endpoint (moto, LocalStack, the sandbox); AWS when unset. */
  endpoint?: string | undefined;
  /** How many distinct (credentials, region) clients to keep. */
  maxClients?: number;
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Attempts per call including the first, as the SDK counts them. */
  maxAttempts?: number;
}

export interface Ec2ClientCache {
  get(credentials: AwsCredentials, region: string): EC2Client;
  readonly size: number;
  /** How many clients were ever built; lets callers see that reuse happens. */
  readonly created: number;
  close(): void;
}

function cacheKey(credentials: AwsCredentials, region: string, endpoint: string): string {
  const parts = [
    credentials.accessKeyId,
    credentials.secretAccessKey,
    credentials.sessionToken ?? '',
    region,
    endpoint,
  ];

  // Hashed so that the keys held in memory are not the secrets themselves.
  return createHash('sha256').update(parts.join('\n')).digest('base64url');
}

export function createEc2ClientCache(options: Ec2ClientOptions = {}): Ec2ClientCache {
  const endpoint = options.endpoint;
  let created = 0;

  const clients = new LRUCache<string, EC2Client>({
    max: options.maxClients ?? 100,
    dispose: function destroyEvicted(client) {
      client.destroy();
    },
  });

  function build(credentials: AwsCredentials, region: string): EC2Client {
    created += 1;

    const { accessKeyId, secretAccessKey, sessionToken } = credentials;
    const identity = {
      accessKeyId,
      secretAccessKey,
      ...(sessionToken ? { sessionToken } : {}),
    };

    return new EC2Client({
      region,
      credentials: identity,
      maxAttempts: options.maxAttempts ?? 3,
      requestHandler: new NodeHttpHandler({
        connectionTimeout: options.connectTimeoutMs ?? 3_000,
        requestTimeout: options.requestTimeoutMs ?? 15_000,
        // Without this the handler only warns on stderr when the timeout passes, and the
        // call waits for the socket however long that takes.
        throwOnRequestTimeout: true,
      }),
      ...(endpoint ? { endpoint } : {}),
    });
  }

  return {
    get(credentials, region) {
      const key = cacheKey(credentials, region, endpoint ?? '');
      const cached = clients.get(key);
      if (cached) return cached;

      const client = build(credentials, region);
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
