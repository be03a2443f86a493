import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import {
  type AuthorizationHeader,
  parseAuthorizationHeader,
} from './authorization-header.js';
import type { KeyPair } from './key-pair.js';

export interface SignedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

export function parseAmzDate(value: string): Date | undefined {
  const parts = AMZ_DATE.exec(value)?.slice(1).map(Number);
  if (parts === undefined) {
    return undefined;
  }

  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = parts;

  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

export function headerValue(
  headers: IncomingHttpHeaders,
  name: string,
): string | undefined {
  const value = headers[name];

  return Array.isArray(value) ? value.join(',') : value;
}

function sha256Hex(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);

  return left.length === right.length && timingSafeEqual(left, right);
}

function toHttpRequest(
  request: SignedRequest,
  signedHeaders: readonly string[],
): HttpRequest {
  const url = new URL(request.url, 'http://sandbox.invalid');
  const headers = Object.fromEntries(
    signedHeaders.map((name) => [name, headerValue(request.headers, name) ?? '']),
  );

  return new HttpRequest({
    method: request.method,
    hostname: headerValue(request.headers, 'host') ?? '',
    path: decodeURIComponent(url.pathname),
    query: Object.fromEntries(url.searchParams),
    headers,
    body: request.body,
  });
}

/**
 * Signs the request again with the stored secret and compares signatures. Only the
 * headers the client listed as signed take part, as in SigV4 itself.
 */
export async function signatureMatches(
  request: SignedRequest,
  header: AuthorizationHeader,
  keyPair: KeyPair,
  signingDate: Date,
): Promise<boolean> {
  // The signer trusts a declared payload hash, so the body must be checked against it.
  const declaredHash = headerValue(request.headers, 'x-amz-content-sha256');
  if (declaredHash !== undefined && declaredHash !== sha256Hex(request.body)) {
    return false;
  }

  const signer = new SignatureV4({
    credentials: {
      accessKeyId: keyPair.accessKeyId,
      secretAccessKey: keyPair.secretAccessKey,
      ...(keyPair.sessionToken === undefined
        ? {}
        : { sessionToken: keyPair.sessionToken }),
    },
    region: header.region,
    service: header.service,
    // node:crypto, as the SDK itself uses on Node: the pure-JS hash was most of the
    // cost of checking a signature.
    sha256: Hash.bind(null, 'sha256'),
    applyChecksum: false,
  });
  const signed = await signer.sign(toHttpRequest(request, header.signedHeaders), {
    signingDate,
    signableHeaders: new Set(header.signedHeaders),
  });
  const expected = parseAuthorizationHeader(String(signed.headers.authorization));

  return sameText(expected.signature, header.signature);
}
