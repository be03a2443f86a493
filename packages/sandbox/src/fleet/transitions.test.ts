import { expect, test } from 'vitest';
import { buildInstance } from './build-instance.js';
import { instanceSpecSchema } from './fleet-spec.js';
import type { Instance } from './instance.js';
import { phaseAt } from './instance-state.js';
import { startLifecycle, stopLifecycle, terminateLifecycle } from './transitions.js';

const delays = { pendingMs: 100, stoppingMs: 200, shuttingDownMs: 300 };

function instance(state: 'running' | 'stopped' | 'terminated'): Instance {
  return buildInstance(instanceSpecSchema.parse({ region: 'us-east-1', state }), 'unit');
}

test('a start settles into running exactly when the pending delay ends', () => {
  const lifecycle = startLifecycle(instance('stopped'), { now: 1000, delays }, false);

  expect(phaseAt(lifecycle, 1099).state).toBe('pending');
  expect(phaseAt(lifecycle, 1100).state).toBe('running');
});

test('a zero delay settles at once', () => {
  const noDelays = { pendingMs: 0, stoppingMs: 0, shuttingDownMs: 0 };
  const lifecycle = stopLifecycle(
    instance('running'),
    { now: 1000, delays: noDelays },
    false,
  );

  expect(phaseAt(lifecycle, 1000).state).toBe('stopped');
});

test('a start that falls back ends stopped with a capacity reason', () => {
  const lifecycle = startLifecycle(instance('stopped'), { now: 0, delays }, true);
  const settled = phaseAt(lifecycle, 100);

  expect(settled.state).toBe('stopped');
  expect(settled.reason?.code).toBe('Server.InsufficientInstanceCapacity');
  expect(settled.transitionReason).toBe('Service initiated (1970-01-01 00:00:00 GMT)');
});

test('a repeated request returns the same lifecycle object', () => {
  const running = instance('running');
  const terminated = instance('terminated');

  expect(startLifecycle(running, { now: 0, delays }, false)).toBe(running.lifecycle);
  expect(terminateLifecycle(terminated, { now: 0, delays })).toBe(terminated.lifecycle);
});

test('the stop reason records the time of the request', () => {
  const lifecycle = stopLifecycle(
    instance('running'),
    { now: Date.UTC(2024, 4, 6, 7, 8, 9), delays },
    false,
  );

  expect(lifecycle.current.transitionReason).toBe(
    'User initiated (2024-05-06 07:08:09 GMT)',
  );
  expect(lifecycle.next?.transitionReason).toBe(lifecycle.current.transitionReason);
});
