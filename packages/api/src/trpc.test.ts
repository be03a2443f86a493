import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { expect, test } from 'vitest';

import { createEc2ClientCache } from './aws/client-cache.js';
import { appRouter } from './root.js';

// createCaller skips the error formatter, so the wire format is read through an adapter.
async function errorBodyOf(url: string) {
  const response = await fetchRequestHandler({
    endpoint: '/trpc',
    req: new Request(`http://localhost/trpc/${url}`),
    router: appRouter,
    createContext: () => ({ clients: createEc2ClientCache(), credentials: {} }),
  });
  const body = (await response.json()) as { error: { data: Record<string, unknown> } };
  return { status: response.status, body };
}

test('errors reach the wire with the catalogue code, status and issues', async () => {
  const input = encodeURIComponent(JSON.stringify({ region: 'us-east-1' }));

  expect(await errorBodyOf(`ec2.list?input=${input}`)).toMatchInlineSnapshot(`
    {
      "body": {
        "error": {
          "code": -32600,
          "data": {
            "apiCode": "MISSING_CREDENTIALS",
            "code": "BAD_REQUEST",
            "httpStatus": 400,
            "issues": [
              {
                "message": "is required (header x-aws-access-key-id)",
                "path": "accessKeyId",
              },
              {
                "message": "is required (header x-aws-secret-access-key)",
                "path": "secretAccessKey",
              },
            ],
            "path": "ec2.list",
          },
          "message": "accessKeyId is required (header x-aws-access-key-id); secretAccessKey is required (header x-aws-secret-access-key)",
        },
      },
      "status": 400,
    }
  `);
});

test('an unknown procedure is reported as ROUTE_NOT_FOUND', async () => {
  const { status, body } = await errorBodyOf('ec2.reboot');

  expect(status).toBe(404);
  expect(body.error.data.apiCode).toBe('ROUTE_NOT_FOUND');
});
