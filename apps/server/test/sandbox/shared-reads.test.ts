import { demoInstanceIds } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { countingProxy } from '../support/counting-proxy.js';
import { http } from '../support/http.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';

const sandbox = useSandbox();
const CALLERS = 10;

// Slow lists keep each call in flight long enough for the others to arrive.
async function serveSlowLists(env: Record<string, string> = {}) {
  const proxy = await countingProxy(sandbox.current.endpoint);
  const server = await startServer({ EC2_ENDPOINT: proxy.endpoint, ...env });
  sandbox.current.admin.addFault({
    kind: 'latency',
    action: 'DescribeInstances',
    ms: 300,
  });

  const list = (
    query: Record<string, string> = {},
    credentials = sandbox.current.credentials,
  ) =>
    http(server.url, '/ec2/list', {
      query: { ...originalParams(credentials), ...query },
    });
  return { proxy, server, list };
}

function stateOf(body: { instances: { id: string; state: string }[] }, id: string) {
  return body.instances.find((instance) => instance.id === id)?.state;
}

test('identical lists in flight at once share one DescribeInstances call', async () => {
  const { proxy, list } = await serveSlowLists();

  const answers = await Promise.all(Array.from({ length: CALLERS }, () => list()));

  expect(answers.map((answer) => answer.status)).toEqual(Array(CALLERS).fill(200));
  expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
  expect(answers[0]?.body.instances.length).toBeGreaterThan(0);
  expect(proxy.requests).toBe(1);
});

test('other filters or other credentials make calls of their own', async () => {
  const { proxy, list } = await serveSlowLists();

  await Promise.all([
    list(),
    list({ state: 'running' }),
    list({}, sandbox.current.readOnlyCredentials),
  ]);

  expect(proxy.requests).toBe(3);
});

test('a list after a stop made through the server never joins an older call', async () => {
  const { proxy, server, list } = await serveSlowLists();
  const id = demoInstanceIds.web1;

  const before = list();
  const stop = await http(server.url, '/ec2/stop', {
    method: 'POST',
    query: { ...originalParams(sandbox.current.credentials), instance_id: id },
  });
  const after = await list();

  await before;
  expect(stop.status).toBe(200);
  expect(stateOf(after.body, id)).toMatch(/^(stopping|stopped)$/);
  // The first list, the stop, and a list of its own for the second.
  expect(proxy.requests).toBe(3);
});

test('EC2_SHARE_READS=false gives every list its own call', async () => {
  const { proxy, list } = await serveSlowLists({ EC2_SHARE_READS: 'false' });

  await Promise.all(Array.from({ length: CALLERS }, () => list()));

  expect(proxy.requests).toBe(CALLERS);
});
