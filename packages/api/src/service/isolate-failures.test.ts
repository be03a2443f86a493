import { EC2ServiceException } from '@aws-sdk/client-ec2';
import { expect, test } from 'vitest';

import { isolateFailures } from './isolate-failures.js';

function ec2Error(name: string, message: string) {
  return new EC2ServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message,
  });
}

const notFound = (ids: string) => ec2Error('InvalidInstanceID.NotFound', ids);
const wrongState = (id: string) =>
  ec2Error('IncorrectInstanceState', `The instance '${id}' is not in a state...`);
const noCapacity = ec2Error('InsufficientInstanceCapacity', 'No c5.xlarge capacity.');

/** An attempt that fails while any id in `bad` is among those sent, logging each call. */
function fakeEc2(bad: Record<string, Error>) {
  const calls: string[][] = [];
  async function attempt(ids: string[]) {
    calls.push(ids);
    const culprit = ids.find((id) => bad[id]);
    if (culprit) throw bad[culprit];
    return `changed ${ids.join(' ')}`;
  }
  return { calls, attempt };
}

function failureCodes(failures: Map<string, unknown>) {
  return Object.fromEntries(
    [...failures].map(([id, error]) => [id, (error as Error).name]),
  );
}

test('ids that all succeed take one call', async () => {
  const ec2 = fakeEc2({});

  const result = await isolateFailures(['i-0000000a', 'i-0000000b'], ec2.attempt);

  expect(result.batches).toEqual([
    { ids: ['i-0000000a', 'i-0000000b'], value: 'changed i-0000000a i-0000000b' },
  ]);
  expect(result.failures.size).toBe(0);
  expect(ec2.calls).toHaveLength(1);
});

test('ids a not-found error names are set aside and the rest retried once', async () => {
  const error = notFound("The instance IDs 'i-0000000b, i-0000000d' do not exist");
  const ec2 = fakeEc2({ 'i-0000000b': error, 'i-0000000d': error });

  const ids = ['i-0000000a', 'i-0000000b', 'i-0000000c', 'i-0000000d'];
  const result = await isolateFailures(ids, ec2.attempt);

  expect(ec2.calls).toEqual([ids, ['i-0000000a', 'i-0000000c']]);
  expect(result.batches.map((batch) => batch.ids)).toEqual([
    ['i-0000000a', 'i-0000000c'],
  ]);
  expect(failureCodes(result.failures)).toEqual({
    'i-0000000b': 'InvalidInstanceID.NotFound',
    'i-0000000d': 'InvalidInstanceID.NotFound',
  });
});

test('an error naming one id at a time is peeled off round by round', async () => {
  const ec2 = fakeEc2({
    'i-0000000a': wrongState('i-0000000a'),
    'i-0000000c': wrongState('i-0000000c'),
  });

  const ids = ['i-0000000a', 'i-0000000b', 'i-0000000c'];
  const result = await isolateFailures(ids, ec2.attempt);

  expect(ec2.calls).toEqual([ids, ['i-0000000b', 'i-0000000c'], ['i-0000000b']]);
  expect(result.batches.map((batch) => batch.ids)).toEqual([['i-0000000b']]);
  expect([...result.failures.keys()]).toEqual(['i-0000000a', 'i-0000000c']);
});

test('an error naming no id sends each id alone', async () => {
  const ec2 = fakeEc2({ 'i-0000000b': noCapacity });

  const ids = ['i-0000000a', 'i-0000000b', 'i-0000000c'];
  const result = await isolateFailures(ids, ec2.attempt);

  expect(ec2.calls.slice(1).sort()).toEqual([
    ['i-0000000a'],
    ['i-0000000b'],
    ['i-0000000c'],
  ]);
  expect(result.batches.map((batch) => batch.ids).sort()).toEqual([
    ['i-0000000a'],
    ['i-0000000c'],
  ]);
  expect(failureCodes(result.failures)).toEqual({
    'i-0000000b': 'InsufficientInstanceCapacity',
  });
});

test('ids sent alone go at most `concurrency` at a time', async () => {
  let running = 0;
  let most = 0;
  async function attempt(ids: string[]) {
    if (ids.length > 1) throw noCapacity;
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setImmediate(resolve));
    running -= 1;
    return 'changed';
  }

  const ids = Array.from({ length: 9 }, (_, n) => `i-0000000${n}`);
  const result = await isolateFailures(ids, attempt, { concurrency: 2 });

  expect(result.batches).toHaveLength(9);
  expect(most).toBe(2);
});

test('an error that blames no instance fails the whole call', async () => {
  const throttled = ec2Error('RequestLimitExceeded', 'Request limit exceeded.');
  const ec2 = fakeEc2({ 'i-0000000a': throttled });

  await expect(isolateFailures(['i-0000000a', 'i-0000000b'], ec2.attempt)).rejects.toBe(
    throttled,
  );
  expect(ec2.calls).toHaveLength(1);
});

test('a single id that EC2 refuses is a failure of that id, not a throw', async () => {
  const error = wrongState('i-0000000a');
  const ec2 = fakeEc2({ 'i-0000000a': error });

  const result = await isolateFailures(['i-0000000a'], ec2.attempt);

  expect(result.batches).toEqual([]);
  expect(result.failures.get('i-0000000a')).toBe(error);
});

test('once ids go alone, any error is the failure of its own id', async () => {
  const throttled = ec2Error('RequestLimitExceeded', 'Request limit exceeded.');
  async function attempt(ids: string[]) {
    if (ids.length > 1) throw noCapacity;
    if (ids[0] === 'i-0000000b') throw throttled;
    return 'changed';
  }

  const result = await isolateFailures(['i-0000000a', 'i-0000000b'], attempt);

  expect(result.batches.map((batch) => batch.ids)).toEqual([['i-0000000a']]);
  expect(result.failures.get('i-0000000b')).toBe(throttled);
});
