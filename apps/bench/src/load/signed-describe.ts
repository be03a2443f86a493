import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';

export interface PlainRequest {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
}

const BODY = 'Action=DescribeInstances&Version=2016-11-15&MaxResults=1000';

/**
 * The DescribeInstances POST the SDK sends, signed once. The sandbox accepts a signature
 * for 15 minutes and keeps no record of replays, so one signed request can be sent again
 * and again by a load generator that cannot sign each request itself.
 */
export async function signedDescribeInstances(
  endpoint: string,
  credentials: { accessKeyId: string; secretAccessKey: string },
  region: string,
): Promise<PlainRequest> {
  const url = new URL(endpoint);
  const signer = new SignatureV4({
    credentials,
    region,
    service: 'ec2',
    sha256: Hash.bind(null, 'sha256'),
    applyChecksum: false,
  });
  const request = new HttpRequest({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: '/',
    headers: {
      host: url.host,
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
    },
    body: BODY,
  });

  const signed = await signer.sign(request);
  const headers = Object.fromEntries(
    Object.entries(signed.headers).map(([name, value]) => [name, String(value)]),
  );
  return { url: `${url.origin}/`, method: 'POST', headers, body: BODY };
}
