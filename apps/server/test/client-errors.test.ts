import { request } from 'node:http';
import { expect, test } from 'vitest';

import { startServer } from './support/server.js';

// Raw requests: fetch would percent-encode the URL and so never send these bytes.
function rawGet(url: string, path: string) {
  const { hostname, port } = new URL(url);

  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const call = request({ hostname, port, path, method: 'GET' }, (response) => {
      let text = '';
      response.on('data', (chunk) => {
        text += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }),
      );
    });
    call.on('error', reject);
    call.end();
  });
}

test('a raw non-ASCII byte in the URL gets the JSON error body, not Fastify default', async () => {
  const server = await startServer();

  const { status, body } = await rawGet(
    server.url,
    '/ec2/list?region_name=us-\u00e9ast-1',
  );

  expect(status).toBe(400);
  expect(body).toMatchObject({ error: { code: 'MALFORMED_REQUEST', status: 400 } });
});

test('a query string past the header limit is a JSON 431 that points to the body', async () => {
  const server = await startServer();
  const ids = Array.from(
    { length: 2000 },
    (_, n) => `i-${n.toString(16).padStart(17, '0')}`,
  );

  const { status, body } = await rawGet(
    server.url,
    `/ec2/stop?instance_id=${ids.join(',')}`,
  );

  expect(status).toBe(431);
  expect(body).toMatchObject({ error: { code: 'HEADERS_TOO_LARGE', status: 431 } });
});
