import {
  authFailure,
  incompleteSignature,
  missingAuthenticationToken,
  requestExpired,
} from '../ec2/errors.js';
import { parseAuthorizationHeader } from './authorization-header.js';
import type { Caller, KeyPair } from './key-pair.js';
import {
  headerValue,
  parseAmzDate,
  type SignedRequest,
  signatureMatches,
} from './verify-signature.js';

const MAX_CLOCK_SKEW_MS = 15 * 60_000;

export interface AuthenticateOptions {
  readonly keyPairs: ReadonlyMap<string, KeyPair>;
  readonly enabledRegions: ReadonlySet<string>;
}

function signingDateOf(request: SignedRequest): Date {
  const amzDate = headerValue(request.headers, 'x-amz-date');
  const signingDate = amzDate === undefined ? undefined : parseAmzDate(amzDate);
  if (amzDate === undefined || signingDate === undefined) {
    throw incompleteSignature(
      'Authorization header requires existence of a valid X-Amz-Date.',
    );
  }

  if (Math.abs(Date.now() - signingDate.getTime()) > MAX_CLOCK_SKEW_MS) {
    throw requestExpired(amzDate);
  }

  return signingDate;
}

/**
 * Identifies the caller from the SigV4 `Authorization` header. The region comes from
 * the credential scope, as it does for a real regional endpoint.
 */
export async function authenticate(
  request: SignedRequest,
  { keyPairs, enabledRegions }: AuthenticateOptions,
): Promise<Caller> {
  const authorization = headerValue(request.headers, 'authorization');
  if (authorization === undefined || authorization.trim() === '') {
    throw missingAuthenticationToken();
  }

  const header = parseAuthorizationHeader(authorization);
  const signingDate = signingDateOf(request);
  const keyPair = keyPairs.get(header.accessKeyId);
  const token = headerValue(request.headers, 'x-amz-security-token');

  if (
    keyPair === undefined ||
    header.service !== 'ec2' ||
    !enabledRegions.has(header.region) ||
    token !== keyPair.sessionToken ||
    !(await signatureMatches(request, header, keyPair, signingDate))
  ) {
    throw authFailure();
  }

  return { keyPair, region: header.region };
}
