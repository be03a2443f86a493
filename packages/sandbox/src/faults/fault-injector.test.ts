import { expect, test } from 'vitest';
import { FaultInjector } from './fault-injector.js';

const describeInUsEast = {
  region: 'us-east-1',
  action: 'DescribeInstances',
  accessKeyId: 'AKIATEST',
};

test('latencies in scope add up and those out of scope do not count', () => {
  const faults = new FaultInjector();
  faults.set([
    { kind: 'latency', ms: 100 },
    { kind: 'latency', ms: 50, action: 'DescribeInstances' },
    { kind: 'latency', ms: 1000, region: 'eu-west-1' },
  ]);

  expect(faults.forRequest(describeInUsEast)).toEqual({ delayMs: 150, error: undefined });
});

test('a counted fault stops firing once used up', () => {
  const faults = new FaultInjector();
  faults.set([{ kind: 'internal-error', count: 2 }]);
  const codes = [1, 2, 3].map(() => faults.forRequest(describeInUsEast).error?.code);

  expect(codes).toEqual(['InternalError', 'InternalError', undefined]);
  expect(faults.list()).toEqual([{ kind: 'internal-error', count: 2, remaining: 0 }]);
});

test('the first failing rule wins and later counted rules keep their count', () => {
  const faults = new FaultInjector();
  faults.set([
    { kind: 'throttle', count: 1 },
    { kind: 'internal-error', count: 1 },
  ]);

  expect(faults.forRequest(describeInUsEast).error?.code).toBe('RequestLimitExceeded');
  expect(faults.forRequest(describeInUsEast).error?.code).toBe('InternalError');
});

test('instance faults apply to the listed ids in their region', () => {
  const faults = new FaultInjector();
  faults.set([
    {
      kind: 'stop-protection',
      region: 'us-east-1',
      instanceIds: ['i-0aaaaaaaaaaaaaaaa'],
    },
  ]);

  expect(faults.covers('stop-protection', 'us-east-1', 'i-0aaaaaaaaaaaaaaaa')).toBe(true);
  expect(faults.covers('stop-protection', 'eu-west-1', 'i-0aaaaaaaaaaaaaaaa')).toBe(
    false,
  );
  expect(faults.covers('start-falls-back', 'us-east-1', 'i-0aaaaaaaaaaaaaaaa')).toBe(
    false,
  );
});
