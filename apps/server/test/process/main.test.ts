import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from 'vitest';

import { http } from '../support/http.js';
import { listeningUrl, spawnMain } from '../support/main-process.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { apiTokens, bearer, opsToken } from '../support/tokens.js';

const sandbox = useSandbox();

function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'ECONNREFUSED'),
    );
  });
}

// Closing starts a moment after the signal; new connections are refused from then on.
async function waitUntilRefused(port: number): Promise<boolean> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await connectionRefused(port)) return true;
    await sleep(20);
  }
  return false;
}

test('on SIGTERM the request in flight finishes, new connections are refused, exit 0', async () => {
  const { endpoint, credentials, admin, app } = sandbox.current;
  // Long enough for the steps below to happen while the request waits on EC2.
  admin.addFault({ kind: 'latency', ms: 4000, action: 'DescribeInstances' });
  const main = spawnMain({ EC2_ENDPOINT: endpoint, PORT: '0', LOG_LEVEL: 'info' });
  const url = await listeningUrl(main);
  const reachedEc2 = new Promise((resolve) => app.server.once('request', resolve));

  let settled = false;
  const inFlight = http(url, '/ec2/list', { query: originalParams(credentials) }).finally(
    () => {
      settled = true;
    },
  );
  await reachedEc2;
  main.child.kill('SIGTERM');
  await main.line((line) => line.includes('closing: finishing requests in flight'));
  const refused = await waitUntilRefused(Number(new URL(url).port));
  const settledWhenRefused = settled;

  const response = await inFlight;
  const { code } = await main.exited;

  expect(refused).toBe(true);
  expect(settledWhenRefused).toBe(false);
  expect(response.status).toBe(200);
  expect(response.body.instances.length).toBeGreaterThan(0);
  expect(code).toBe(0);
});

test('in server mode without API_TOKENS the server refuses to start', async () => {
  const main = spawnMain({ AWS_CREDENTIALS: 'server', PORT: '0' });

  const { code, stderr } = await main.exited;

  expect(code).toBe(1);
  expect(stderr).toBe(
    'Invalid configuration:\n  API_TOKENS: is required when AWS_CREDENTIALS=server\n',
  );
});

test('in server mode the default credential chain reads the keys of the environment', async () => {
  const { endpoint, credentials } = sandbox.current;
  const main = spawnMain({
    EC2_ENDPOINT: endpoint,
    PORT: '0',
    AWS_CREDENTIALS: 'server',
    API_TOKENS: apiTokens,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
  });
  const url = await listeningUrl(main);

  const response = await http(url, '/ec2/list', {
    query: { region_name: 'us-east-1' },
    headers: bearer(opsToken),
  });

  expect(response.status).toBe(200);
  expect(response.body.instances.length).toBeGreaterThan(0);
  expect(main.lines.some((line) => line.includes(credentials.secretAccessKey))).toBe(
    false,
  );
});
