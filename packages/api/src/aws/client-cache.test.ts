import type { EC2Client } from '@aws-sdk/client-ec2';
import { expect, test, vi } from 'vitest';

import { createEc2ClientCache } from './client-cache.js';

const alice = { accessKeyId: 'AKIAALICE', secretAccessKey: 'alice-secret' };
const bob = { accessKeyId: 'AKIABOB', secretAccessKey: 'bob-secret' };

function spyOnDestroy(client: EC2Client) {
  return vi.spyOn(client, 'destroy');
}

test('the same credentials and region return the same client', () => {
  const cache = createEc2ClientCache();

  const first = cache.get(alice, 'eu-west-1');
  const second = cache.get({ ...alice }, 'eu-west-1');

  expect(second).toBe(first);
  expect(cache.created).toBe(1);
  expect(cache.size).toBe(1);
});

test('a different secret, session token or region builds another client', () => {
  const cache = createEc2ClientCache();
  const base = cache.get(alice, 'eu-west-1');

  const others = [
    cache.get({ ...alice, secretAccessKey: 'rotated-secret' }, 'eu-west-1'),
    cache.get({ ...alice, sessionToken: 'session-1' }, 'eu-west-1'),
    cache.get(alice, 'us-east-1'),
    cache.get(bob, 'eu-west-1'),
  ];

  expect(new Set([base, ...others]).size).toBe(5);
  expect(cache.created).toBe(5);
});

test('a built client has the region, credentials and endpoint asked for', async () => {
  const cache = createEc2ClientCache({ endpoint: 'http://127.0.0.1:4566' });
  const client = cache.get({ ...alice, sessionToken: 'session-1' }, 'ap-southeast-5');

  expect(await client.config.region()).toBe('ap-southeast-5');
  expect(await client.config.credentials()).toMatchObject({
    accessKeyId: 'AKIAALICE',
    secretAccessKey: 'alice-secret',
    sessionToken: 'session-1',
  });
  const endpoint = await client.config.endpoint?.();
  expect(endpoint?.hostname).toBe('127.0.0.1');
  expect(endpoint?.port).toBe(4566);
});

test('going past maxClients destroys the least recently used client', () => {
  const cache = createEc2ClientCache({ maxClients: 2 });
  const a = cache.get(alice, 'eu-west-1');
  const b = cache.get(bob, 'eu-west-1');
  const destroyA = spyOnDestroy(a);
  const destroyB = spyOnDestroy(b);

  cache.get(alice, 'eu-west-1');
  cache.get(alice, 'us-east-1');

  expect(destroyB).toHaveBeenCalledOnce();
  expect(destroyA).not.toHaveBeenCalled();
  expect(cache.size).toBe(2);
});

test('an evicted client is rebuilt on the next request', () => {
  const cache = createEc2ClientCache({ maxClients: 1 });
  const first = cache.get(alice, 'eu-west-1');

  cache.get(bob, 'eu-west-1');
  const again = cache.get(alice, 'eu-west-1');

  expect(again).not.toBe(first);
  expect(cache.created).toBe(3);
});

test('close destroys every cached client and empties the cache', () => {
  const cache = createEc2ClientCache();
  const spies = [cache.get(alice, 'eu-west-1'), cache.get(bob, 'us-east-1')].map(
    spyOnDestroy,
  );

  cache.close();

  for (const spy of spies) expect(spy).toHaveBeenCalledOnce();
  expect(cache.size).toBe(0);
});

const serverKeys = { accessKeyId: 'AKIASERVER', secretAccessKey: 'server-secret' };
const operator = { roleArn: 'arn:aws:iam::123456789012:role/operator' };

function serverCache() {
  return createEc2ClientCache({ serverCredentials: async () => serverKeys });
}

test('the server identity signs with the server credentials provider', async () => {
  const cache = serverCache();

  const client = cache.get({ source: 'server' }, 'eu-west-1');

  expect(await client.config.credentials()).toMatchObject(serverKeys);
});

test('one role, external id and region share a client; any change builds another', () => {
  const cache = serverCache();
  const role = { source: 'server', role: operator } as const;

  const base = cache.get(role, 'eu-west-1');
  const again = cache.get({ source: 'server', role: { ...operator } }, 'eu-west-1');
  const others = [
    cache.get(
      { source: 'server', role: { ...operator, externalId: 'ext-1' } },
      'eu-west-1',
    ),
    cache.get(
      { source: 'server', role: { ...operator, externalId: 'ext-2' } },
      'eu-west-1',
    ),
    cache.get(
      { source: 'server', role: { roleArn: `${operator.roleArn}-2` } },
      'eu-west-1',
    ),
    cache.get(role, 'us-east-1'),
    cache.get({ source: 'server' }, 'eu-west-1'),
  ];

  expect(again).toBe(base);
  expect(new Set([base, ...others]).size).toBe(6);
  expect(cache.created).toBe(6);
});

test('a server identity without server credentials configured is refused', () => {
  const cache = createEc2ClientCache();

  expect(() => cache.get({ source: 'server' }, 'eu-west-1')).toThrow(
    'server credentials were asked for, but none were configured',
  );
  expect(cache.created).toBe(0);
});
