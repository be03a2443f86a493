import { performance } from 'node:perf_hooks';
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';

import { originalQuery } from '../credentials.js';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** Milliseconds `call` took, and what it returned. */
export async function timed<T>(
  call: () => Promise<T>,
): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await call();
  return { ms: performance.now() - start, value };
}

/** An SDK client straight to the sandbox, with the attempts the server's clients get. */
export function directClient(
  endpoint: string,
  credentials: Credentials,
  region: string,
): EC2Client {
  return new EC2Client({ endpoint, region, credentials, maxAttempts: 3 });
}

/** Every instance of the region, page by page as the server lists them; the count. */
export async function listDirect(client: EC2Client): Promise<number> {
  let count = 0;
  let NextToken: string | undefined;

  do {
    const page = await client.send(
      new DescribeInstancesCommand({ MaxResults: 1000, NextToken }),
    );
    for (const reservation of page.Reservations ?? []) {
      count += reservation.Instances?.length ?? 0;
    }
    NextToken = page.NextToken;
  } while (NextToken);

  return count;
}

/** REST `/ec2/list` with the original service's query parameters; the whole body. */
export async function listRest(
  url: string,
  credentials: Credentials,
  region: string,
): Promise<string> {
  const response = await fetch(`${url}/ec2/list?${originalQuery(credentials, region)}`);
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(`/ec2/list answered ${response.status}: ${body.slice(0, 300)}`);
  }
  return body;
}

/** How many instances a REST list body holds. */
export function instanceCount(body: string): number {
  return (JSON.parse(body) as { instances: unknown[] }).instances.length;
}
