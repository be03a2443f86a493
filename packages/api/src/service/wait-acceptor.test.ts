import { expect, test } from 'vitest';

import type { InstanceState } from '../schemas/instance.js';
import { type Observation, outcomeOf, type WaitGoal } from './wait-acceptor.js';

const capacity = {
  code: 'Server.InsufficientInstanceCapacity',
  message: 'Server.InsufficientInstanceCapacity: Insufficient capacity',
};
const userStop = {
  code: 'Client.UserInitiatedShutdown',
  message: 'Client.UserInitiatedShutdown: User initiated shutdown',
};

function seen(state: InstanceState | null, reason: Observation['reason'] = null) {
  return { state, reason };
}

test.each<[WaitGoal, Observation, string | undefined]>([
  ['running', seen('running'), 'reached'],
  ['running', seen('pending'), undefined],
  ['running', seen(null), undefined],
  ['running', seen('stopped', capacity), 'fell-back'],
  // An eventually consistent read may still show the stop from before the start.
  ['running', seen('stopped', userStop), undefined],
  ['running', seen('stopping', capacity), undefined],
  ['running', seen('terminated', userStop), 'unexpected-state'],
  ['running', seen('shutting-down'), 'unexpected-state'],
  ['stopped', seen('stopped', userStop), 'reached'],
  ['stopped', seen('stopping', userStop), undefined],
  ['stopped', seen('running'), undefined],
  ['stopped', seen('pending'), 'unexpected-state'],
  ['stopped', seen('terminated'), 'unexpected-state'],
])('waiting for %s, %o ends as %s', (goal, observation, outcome) => {
  expect(outcomeOf(goal, observation)).toBe(outcome);
});
