import type { EC2Client } from '@aws-sdk/client-ec2';

import { motoEc2 } from './ec2.js';
import { startServer, type TestServer } from './server.js';

/**
 * The API server in front of a moto endpoint, and an SDK client straight to moto to
 * seed it and check what the server did. Both close when the test finishes.
 */
export async function serveMoto(
  moto: { readonly endpoint: string },
  env: Record<string, string> = {},
): Promise<{ server: TestServer; ec2: EC2Client }> {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint, ...env });
  return { server, ec2: motoEc2(moto.endpoint) };
}
