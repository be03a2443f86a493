import { setTimeout as sleep } from 'node:timers/promises';
import { startSandbox } from '@ec2-control/sandbox';
import { expect, onTestFinished, test } from 'vitest';

import { http } from '../support/http.js';
import { listeningUrl, spawnMain } from '../support/main-process.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { arrivals } from './support/arrivals.js';
import { keyHeaders, runLoad } from './support/load.js';
import { now, requestLoop } from './support/request-loop.js';

const sandbox = useSandbox();

function list(url: string, credentials = sandbox.current.credentials) {
  return http(url, '/ec2/list', { query: originalParams(credentials) });
}

async function concurrentLists(url: string, count: number) {
  const responses = await Promise.all(Array.from({ length: count }, () => list(url)));
  return responses.map((response) => response.body.error?.code ?? response.status);
}

// Where a test counts EC2 calls, each list must make its own: identical lists in flight
// at once would otherwise share one call, and its attempts.
const OWN_CALLS = { EC2_SHARE_READS: 'false' };

function serverWithAttempts(attempts: number, env: Record<string, string> = {}) {
  return startServer({
    EC2_ENDPOINT: sandbox.current.endpoint,
    AWS_MAX_ATTEMPTS: String(attempts),
    RATE_LIMIT_MAX: '0',
    ...env,
  });
}

test('a throttling burst shorter than the SDK retries is absorbed: every call gets a 200', async () => {
  const { url } = await serverWithAttempts(3);
  sandbox.current.admin.setFaults([{ kind: 'throttle', count: 2 }]);

  const answers = await concurrentLists(url, 8);

  // Whichever calls met the burst, none met it more than twice, so each retry succeeded.
  expect(answers).toEqual(Array(8).fill(200));
  expect(sandbox.current.admin.faults()).toMatchObject([{ remaining: 0 }]);
});

test('a burst that outlasts the retries is a 429 for the calls it covers, then 200s', async () => {
  const { url } = await serverWithAttempts(2, OWN_CALLS);
  // Exactly two attempts for each of four calls: every attempt is throttled.
  sandbox.current.admin.setFaults([{ kind: 'throttle', count: 8 }]);

  const during = await concurrentLists(url, 4);
  const after = await concurrentLists(url, 4);

  expect(during).toEqual(Array(4).fill('AWS_THROTTLED'));
  expect(after).toEqual(Array(4).fill(200));
});

test('under load a throttling burst gives 200s and 429s only, and the server recovers', async () => {
  const { url } = await serverWithAttempts(2);
  const { credentials, admin } = sandbox.current;
  const load = runLoad({
    url: `${url}/ec2/list?region_name=us-east-1`,
    connections: 20,
    seconds: 4,
    headers: keyHeaders(credentials),
  });
  await sleep(500);
  // Identical lists share calls, and a throttled call waits out the SDK's backoff before
  // its next attempt: a burst of two calls' attempts is used up well within the load.
  admin.setFaults([{ kind: 'throttle', count: 4 }]);

  const outcome = await load;
  const after = await list(url);

  expect(
    Object.keys(outcome.statuses).filter((code) => !['200', '429'].includes(code)),
  ).toEqual([]);
  expect(outcome.statuses['200']).toBeGreaterThan(0);
  expect({ errors: outcome.errors, timeouts: outcome.timeouts }).toEqual({
    errors: 0,
    timeouts: 0,
  });
  expect(admin.faults()).toMatchObject([{ remaining: 0 }]);
  expect(after.status).toBe(200);
});

test('EC2 slower than AWS_REQUEST_TIMEOUT_MS is a 504 for every call in flight, then 200s', async () => {
  const { endpoint, admin } = sandbox.current;
  const { url } = await startServer({
    EC2_ENDPOINT: endpoint,
    AWS_REQUEST_TIMEOUT_MS: '300',
    AWS_MAX_ATTEMPTS: '1',
  });
  admin.setFaults([{ kind: 'latency', ms: 1500 }]);

  const slow = await concurrentLists(url, 6);
  admin.clearFaults();
  const fast = await concurrentLists(url, 6);

  expect(slow).toEqual(Array(6).fill('AWS_TIMEOUT'));
  expect(fast).toEqual(Array(6).fill(200));
});

test('an EC2 endpoint killed mid-load is a 502 until one listens on its port again', async () => {
  const first = await startSandbox({ port: 0 });
  const port = Number(new URL(first.endpoint).port);
  const { url } = await startServer({
    EC2_ENDPOINT: first.endpoint,
    AWS_CONNECT_TIMEOUT_MS: '1000',
    AWS_MAX_ATTEMPTS: '2',
    RATE_LIMIT_MAX: '0',
  });
  const loop = requestLoop(
    url,
    '/ec2/list',
    { query: originalParams(first.credentials) },
    6,
  );
  await loop.answers(20);

  // Killed, not shut down: connections in use are cut as well as the listener.
  const closing = first.close();
  first.app.server.closeAllConnections();
  await closing;
  const killedAt = now();
  await loop.answers(20);
  const second = await startSandbox({ port });
  onTestFinished(() => second.close());
  const backAt = now();
  await loop.answers(20);
  const results = await loop.stop();

  const down = results.filter((r) => r.startedAt > killedAt && r.endedAt < backAt);
  const back = results.filter((r) => r.startedAt > backAt);
  // A refused connection is a 502 at once; on a busy machine a connection attempt that
  // straddles the kill or the restart can instead run out its timeout, a 504.
  const outage = new Set(['AWS_UNREACHABLE', 'AWS_TIMEOUT']);
  const statuses = results.map((r) => r.status);
  expect(statuses).toEqual(expect.arrayContaining([200, 502]));
  expect(
    statuses.every((status) => status === 200 || status === 502 || status === 504),
  ).toBe(true);
  expect(down.length).toBeGreaterThan(0);
  expect(down.map((r) => r.code)).toContain('AWS_UNREACHABLE');
  expect(down.every((r) => outage.has(r.code ?? ''))).toBe(true);
  expect(back.length).toBeGreaterThan(0);
  expect(new Set(back.map((r) => r.status))).toEqual(new Set([200]));
});

test('on SIGTERM ten requests in flight all get their 200, then the server exits 0', async () => {
  const { endpoint, credentials, admin, app } = sandbox.current;
  const inFlight = 10;
  // Slow enough that all of them wait on EC2 when the signal comes.
  admin.addFault({ kind: 'latency', ms: 3000, action: 'DescribeInstances' });
  const main = spawnMain({
    EC2_ENDPOINT: endpoint,
    PORT: '0',
    RATE_LIMIT_MAX: '0',
    ...OWN_CALLS,
  });
  const url = await listeningUrl(main);
  const reachedEc2 = arrivals(app.server, inFlight);

  const calls = Array.from({ length: inFlight }, () => list(url, credentials));
  await reachedEc2;
  main.child.kill('SIGTERM');
  const responses = await Promise.all(calls);
  const { code } = await main.exited;

  expect(responses.map((response) => response.status)).toEqual(Array(inFlight).fill(200));
  expect(responses.every((response) => response.body.instances.length > 0)).toBe(true);
  expect(code).toBe(0);
});
