import type { AppRouter } from '@ec2-control/api';
import { credentialHeaders } from '@ec2-control/api/protocol';
import { createTRPCClient, httpBatchLink } from '@trpc/client';

/** AWS credentials the server uses for the caller's EC2 calls. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Required for temporary credentials (STS, SSO, instance roles). */
  sessionToken?: string | undefined;
}

/** Called before every request, so rotating credentials stay current. */
export type CredentialsProvider = () => AwsCredentials | Promise<AwsCredentials>;

export interface Ec2ClientOptions {
  /** Base URL of the ec2-control server, such as `http://localhost:3000`. */
  url: string;
  credentials: AwsCredentials | CredentialsProvider;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

async function credentialHeadersOf(source: Ec2ClientOptions['credentials']) {
  const credentials = typeof source === 'function' ? await source() : source;
  const headers: Record<string, string> = {
    [credentialHeaders.accessKeyId]: credentials.accessKeyId,
    [credentialHeaders.secretAccessKey]: credentials.secretAccessKey,
  };
  if (credentials.sessionToken) {
    headers[credentialHeaders.sessionToken] = credentials.sessionToken;
  }
  return headers;
}

/**
 * A client for the ec2-control API, typed end to end by the server's router.
 *
 * @example
 * const ec2 = createEc2Client({ url: 'http://localhost:3000', credentials });
 * const { instances } = await ec2.ec2.list.query({ region: 'us-east-1' });
 */
export function createEc2Client(options: Ec2ClientOptions) {
  const url = `${options.url.replace(/\/+$/, '')}/trpc`;

  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        // Long id lists would overflow a GET URL; such batches are split instead.
        maxURLLength: 2_000,
        headers: async function requestHeaders() {
          return {
            ...options.headers,
            ...(await credentialHeadersOf(options.credentials)),
          };
        },
      }),
    ],
  });
}

export type Ec2Client = ReturnType<typeof createEc2Client>;
