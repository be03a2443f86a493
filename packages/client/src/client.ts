import type { AppRouter } from '@ec2-control/api';
import { credentialHeaders, roleHeaders } from '@ec2-control/api/protocol';
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

/** Called before every request, so a rotating API token stays current. */
export type TokenProvider = () => string | Promise<string>;

/** A role for a server that runs with its own AWS credentials to assume for the call. */
export interface AssumeRole {
  /** Such as `arn:aws:iam::123456789012:role/ec2-operator`. */
  roleArn: string;
  /** The external id the role's trust policy asks for, if any. */
  externalId?: string | undefined;
}

export interface Ec2ClientOptions {
  /** Base URL of the ec2-control server, such as `http://localhost:3000`. */
  url: string;
  /**
   * The caller's AWS credentials. Leave unset when the server runs with its own
   * (`AWS_CREDENTIALS=server`): it refuses requests that carry keys.
   */
  credentials?: AwsCredentials | CredentialsProvider | undefined;
  /** The API token, when the server requires one; sent as `Authorization: Bearer`. */
  token?: string | TokenProvider | undefined;
  /** A role the server assumes with its own credentials for every call. */
  assumeRole?: AssumeRole | undefined;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

async function credentialHeadersOf(source: Ec2ClientOptions['credentials']) {
  const headers: Record<string, string> = {};
  if (source === undefined) return headers;

  const credentials = typeof source === 'function' ? await source() : source;
  headers[credentialHeaders.accessKeyId] = credentials.accessKeyId;
  headers[credentialHeaders.secretAccessKey] = credentials.secretAccessKey;
  if (credentials.sessionToken) {
    headers[credentialHeaders.sessionToken] = credentials.sessionToken;
  }
  return headers;
}

async function tokenHeadersOf(source: Ec2ClientOptions['token']) {
  if (source === undefined) return {};

  const token = typeof source === 'function' ? await source() : source;
  return { authorization: `Bearer ${token}` };
}

function roleHeadersOf(role: AssumeRole | undefined) {
  const headers: Record<string, string> = {};
  if (role === undefined) return headers;

  headers[roleHeaders.roleArn] = role.roleArn;
  if (role.externalId) headers[roleHeaders.externalId] = role.externalId;
  return headers;
}

/**
 * A client for the ec2-control API, typed end to end by the server's router.
 *
 * @example
 * const ec2 = createEc2Client({ url: 'http://localhost:3000', credentials });
 * const { instances } = await ec2.ec2.list.query({ region: 'us-east-1' });
 *
 * @example
 * // A server with its own AWS credentials, assuming a role for the caller
 * const ec2 = createEc2Client({
 *   url: 'https://ec2-control.internal',
 *   token: process.env.EC2_CONTROL_TOKEN,
 *   assumeRole: { roleArn: 'arn:aws:iam::123456789012:role/ec2-operator' },
 * });
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
            ...(await tokenHeadersOf(options.token)),
            ...roleHeadersOf(options.assumeRole),
          };
        },
      }),
    ],
  });
}

export type Ec2Client = ReturnType<typeof createEc2Client>;
