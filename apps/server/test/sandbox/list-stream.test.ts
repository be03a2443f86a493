import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import { http } from '../support/http.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';

const sandbox = useSandbox();
const REGION = 'us-east-1';

function listUrl(base: string): URL {
  const url = new URL('/ec2/list', base);
  url.search = new URLSearchParams(
    originalParams(sandbox.current.credentials),
  ).toString();
  return url;
}

// Later pages are refused with a code the SDK does not retry.
function failLaterPages() {
  sandbox.current.admin.addFault({ kind: 'region-failure', region: REGION });
}

/** A server paging a fleet in `pageSize` pages, each taking `pageMs` to arrive. */
async function serveSlowPages(slow: {
  pageSize: number;
  fleetSize: number;
  pageMs: number;
}) {
  const server = await startServer({
    EC2_ENDPOINT: sandbox.current.endpoint,
    EC2_PAGE_SIZE: String(slow.pageSize),
  });
  const { admin } = sandbox.current;
  admin.loadFleet({ generate: slow.fleetSize, regions: [REGION] });
  admin.addFault({ kind: 'latency', action: 'DescribeInstances', ms: slow.pageMs });
  return server;
}

test('a region listed over many pages answers what the typed client gets', async () => {
  const server = await startServer({
    EC2_ENDPOINT: sandbox.current.endpoint,
    EC2_PAGE_SIZE: '5',
  });
  sandbox.current.admin.loadFleet({ generate: 48, regions: [REGION] });
  const client = createEc2Client({
    url: server.url,
    credentials: sandbox.current.credentials,
  });

  const rest = await http(server.url, '/ec2/list', {
    query: originalParams(sandbox.current.credentials),
  });
  const typed = await client.ec2.list.query({ region: REGION });

  expect(rest.status).toBe(200);
  expect(rest.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(rest.body.instances).toHaveLength(48);
  expect(rest.body).toEqual(typed);
  expect(rest.body.regions).toEqual([{ region: REGION, ok: true, count: 48 }]);
});

test('a page failing before any of the answer was sent is an ordinary error', async () => {
  const server = await serveSlowPages({ pageSize: 5, fleetSize: 30, pageMs: 150 });

  const answer = fetch(listUrl(server.url));
  // Pages arrive every 150 ms; the whole answer is far smaller than one write.
  setTimeout(failLaterPages, 400);
  const response = await answer;

  expect(response.status).toBe(401);
  expect(await response.json()).toMatchObject({
    error: { code: 'AWS_AUTH_FAILED', awsCode: 'AuthFailure' },
  });
});

test('a page failing after the answer began cuts it short, logged', async () => {
  const server = await serveSlowPages({ pageSize: 200, fleetSize: 2_000, pageMs: 200 });

  const response = await fetch(listUrl(server.url));
  failLaterPages();

  expect(response.status).toBe(200);
  await expect(response.text()).rejects.toThrow(/terminated/);
  const requestId = response.headers.get('x-request-id');
  const cut = server.logs
    .map((line) => JSON.parse(line))
    .find((entry) => entry.reqId === requestId && entry.err);
  expect(cut?.err.message).toMatch(/AWS was not able to validate/);
  expect(server.logs.join('\n')).not.toContain(
    sandbox.current.credentials.secretAccessKey,
  );
});
