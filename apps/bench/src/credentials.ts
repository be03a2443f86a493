import type { KeyPair } from '@ec2-control/sandbox';

/** `count` distinct key pairs the sandbox is told to accept, as `count` callers. */
export function benchKeyPairs(count: number): KeyPair[] {
  return Array.from({ length: count }, (_, index) => {
    const serial = String(index).padStart(6, '0');
    return {
      accessKeyId: `AKIABENCH${serial}`,
      secretAccessKey: `benchSecretKeyForCaller${serial}`,
    };
  });
}

/** The original service's query parameters. */
export function originalQuery(
  credentials: { accessKeyId: string; secretAccessKey: string },
  region: string,
): string {
  return new URLSearchParams({
    aws_access_key_id: credentials.accessKeyId,
    aws_secret_access_key: credentials.secretAccessKey,
    region_name: region,
  }).toString();
}
