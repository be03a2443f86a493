import { once } from 'node:events';
import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';

export interface CountingProxy {
  /** Pass as EC2_ENDPOINT: requests go on to the target unchanged. */
  endpoint: string;
  /** How many requests were in flight at once, at most. */
  readonly peak: number;
  /** Requests seen, in order of arrival. */
  readonly requests: number;
}

/**
 * An HTTP proxy in front of an EC2 endpoint that counts the requests in flight. Headers
 * pass untouched, Host included, so SigV4 signatures still verify. Closed after the test.
 */
export async function countingProxy(target: string): Promise<CountingProxy> {
  const { hostname, port } = new URL(target);
  let inFlight = 0;
  let peak = 0;
  let requests = 0;

  const server = createServer(function relay(incoming, outgoing) {
    requests += 1;
    inFlight += 1;
    peak = Math.max(peak, inFlight);

    const upstream = forward(
      {
        hostname,
        port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      function answer(response) {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    outgoing.on('close', () => {
      inFlight -= 1;
    });
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');

  onTestFinished(async function closeProxy() {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  });

  const address = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    get peak() {
      return peak;
    },
    get requests() {
      return requests;
    },
  };
}
