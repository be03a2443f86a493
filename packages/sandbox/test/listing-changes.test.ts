import {
  CreateTagsCommand,
  DescribeInstancesCommand,
  type Instance,
  StartInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';
import { expect, test } from 'vitest';
import { demoInstanceIds as ids } from '../src/index.js';
import { useClockedSandbox } from './support/clocked-sandbox.js';
import { signedFetch } from './support/signed-fetch.js';

// Listings reuse each instance's rendered XML; these check that a change always shows.

const DELAY_MS = 1000;
const SPECIAL = `<&>"'`;

const clocked = useClockedSandbox(DELAY_MS);
const { clock } = clocked;

async function listed(id: string): Promise<Instance | undefined> {
  const output = await clocked.ec2.send(new DescribeInstancesCommand({}));

  return output.Reservations?.flatMap((reservation) => reservation.Instances ?? []).find(
    (instance) => instance.InstanceId === id,
  );
}

test('a tag with every XML special character round-trips through the SDK', async () => {
  await listed(ids.web1);
  await clocked.ec2.send(
    new CreateTagsCommand({
      Resources: [ids.web1],
      Tags: [{ Key: `key ${SPECIAL}`, Value: SPECIAL }],
    }),
  );

  expect((await listed(ids.web1))?.Tags).toContainEqual({
    Key: `key ${SPECIAL}`,
    Value: SPECIAL,
  });

  const response = await signedFetch(
    clocked.sandbox.endpoint,
    `Action=DescribeInstances&Version=2016-11-15&InstanceId.1=${ids.web1}`,
    { credentials: clocked.sandbox.credentials },
  );
  const xml = await response.text();
  expect(xml).toContain('<key>key &lt;&amp;&gt;&quot;&apos;</key>');
  expect(xml).toContain('<value>&lt;&amp;&gt;&quot;&apos;</value>');
});

test('a listing shows stopping at once, then stopped after the delay', async () => {
  expect((await listed(ids.web1))?.State?.Name).toBe('running');

  await clocked.ec2.send(new StopInstancesCommand({ InstanceIds: [ids.web1] }));
  expect((await listed(ids.web1))?.State?.Name).toBe('stopping');

  clock.advance(DELAY_MS - 1);
  expect((await listed(ids.web1))?.State?.Name).toBe('stopping');

  clock.advance(1);
  const stopped = await listed(ids.web1);
  expect(stopped?.State?.Name).toBe('stopped');
  expect(stopped?.PublicIpAddress).toBeUndefined();
});

test('a listing shows pending turn into running with a new launch time', async () => {
  const before = await listed(ids.worker1);
  expect(before?.State?.Name).toBe('stopped');

  await clocked.ec2.send(new StartInstancesCommand({ InstanceIds: [ids.worker1] }));
  const pending = await listed(ids.worker1);
  expect(pending?.State?.Name).toBe('pending');
  expect(pending?.LaunchTime).toEqual(new Date(clock.now()));

  clock.advance(DELAY_MS);
  expect((await listed(ids.worker1))?.State?.Name).toBe('running');
});

test('a loaded fleet replaces what was listed, even under the same ids', async () => {
  expect((await listed(ids.web1))?.Tags).toContainEqual({ Key: 'Name', Value: 'web-1' });

  clocked.sandbox.admin.loadFleet({
    instances: [
      {
        region: 'us-east-1',
        instanceId: ids.web1,
        state: 'stopped',
        tags: { Name: 'replaced' },
      },
    ],
  });
  const replaced = await listed(ids.web1);
  expect(replaced?.State?.Name).toBe('stopped');
  expect(replaced?.Tags).toEqual([{ Key: 'Name', Value: 'replaced' }]);

  clocked.sandbox.admin.reset();
  const restored = await listed(ids.web1);
  expect(restored?.State?.Name).toBe('running');
  expect(restored?.Tags).toContainEqual({ Key: 'Name', Value: 'web-1' });
});
