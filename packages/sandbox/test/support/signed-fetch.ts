import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';

export interface SignedFetchOptions {
  readonly credentials?: { accessKeyId: string; secretAccessKey: string };
  readonly region?: string;
  readonly signingDate?: Date;
  /** Sent instead of the signed body, to tamper with a signed request. */
  readonly sentBody?: string;
}

/** Posts a raw EC2 Query body, signed as the SDK signs it when credentials are given. */
export async function signedFetch(
  endpoint: string,
  body: string,
  options: SignedFetchOptions = {},
): Promise<Response> {
  const url = new URL(endpoint);
  const request = new HttpRequest({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: '/',
    headers: {
      host: url.host,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body,
  });

  let headers = request.headers;
  if (options.credentials !== undefined) {
    const signer = new SignatureV4({
      credentials: options.credentials,
      region: options.region ?? 'us-east-1',
      service: 'ec2',
      sha256: Sha256,
    });
    const signingDate = options.signingDate ?? new Date();
    headers = (await signer.sign(request, { signingDate })).headers;
  }

  return fetch(endpoint, { method: 'POST', headers, body: options.sentBody ?? body });
}
