import { createEc2Client } from '@ec2-control/client';
import { expect, onTestFinished, test } from 'vitest';

import { useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';

const sandbox = useSandbox();

// Counted from the sandbox's side rather than from app.ec2Clients: each AWS client owns a
// keep-alive agent, so sequential calls open one connection per client the server built.
function countConnections(): () => number {
  const server = sandbox.current.app.server;
  let opened = 0;
  const count = () => {
    opened += 1;
  };

  server.on('connection', count);
  onTestFinished(() => {
    server.off('connection', count);
  });
  return () => opened;
}

test('many calls with the same credentials and region share one AWS client', async () => {
  const { endpoint, credentials } = sandbox.current;
  const server = await startServer({ EC2_ENDPOINT: endpoint });
  const opened = countConnections();

  for (let call = 0; call < 5; call += 1) {
    const caller = createEc2Client({ url: server.url, credentials });
    await caller.ec2.list.query({ region: 'us-east-1' });
  }

  expect(opened()).toBe(1);
});

test('other credentials or another region get a client of their own', async () => {
  const { endpoint, credentials, readOnlyCredentials } = sandbox.current;
  const server = await startServer({ EC2_ENDPOINT: endpoint });
  const opened = countConnections();
  const full = createEc2Client({ url: server.url, credentials });
  const readOnly = createEc2Client({ url: server.url, credentials: readOnlyCredentials });

  for (let round = 0; round < 2; round += 1) {
    await full.ec2.list.query({ region: 'us-east-1' });
    await full.ec2.list.query({ region: 'eu-west-1' });
    await readOnly.ec2.list.query({ region: 'us-east-1' });
  }

  expect(opened()).toBe(3);
});
