import { incompleteSignature } from '../ec2/errors.js';

export interface AuthorizationHeader {
  readonly accessKeyId: string;
  readonly date: string;
  readonly region: string;
  readonly service: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

const SIGV4_HEADER = new RegExp(
  '^AWS4-HMAC-SHA256 ' +
    'Credential=([^/\\s]+)/(\\d{8})/([^/\\s]+)/([^/\\s]+)/aws4_request,\\s*' +
    'SignedHeaders=([^,\\s]+),\\s*' +
    'Signature=([0-9a-f]{64})$',
);

/** Reads the credential scope and signature out of a SigV4 `Authorization` header. */
export function parseAuthorizationHeader(header: string): AuthorizationHeader {
  const match = SIGV4_HEADER.exec(header.trim());
  if (match === null) {
    throw incompleteSignature(
      'Authorization header is not a valid AWS Signature Version 4 authorization header.',
    );
  }

  const [
    ,
    accessKeyId = '',
    date = '',
    region = '',
    service = '',
    headers = '',
    signature = '',
  ] = match;

  return {
    accessKeyId,
    date,
    region,
    service,
    signedHeaders: headers.split(';'),
    signature,
  };
}
