import type { InstanceState } from '../schemas/instance.js';
import type { StateReason, WaitOutcome } from '../schemas/state-change.js';

/** What a wait waits for: `running` after a start, `stopped` after a stop. */
export type WaitGoal = 'running' | 'stopped';

/** How a wait can end on what DescribeInstances shows, before the time is up. */
export type SettledOutcome = Extract<
  WaitOutcome,
  'reached' | 'fell-back' | 'unexpected-state'
>;

/** One instance as DescribeInstances last showed it. */
export interface Observation {
  state: InstanceState | null;
  reason: StateReason | null;
}

const gone: ReadonlySet<InstanceState | null> = new Set(['shutting-down', 'terminated']);

// EC2 marks the stops it decides itself, such as a start that ran out of capacity while
// pending, with a Server.* reason; a Client.* reason may be left over from before.
function stoppedByEc2(observation: Observation): boolean {
  return observation.reason?.code.startsWith('Server.') ?? false;
}

/**
 * How an instance's wait ends given what DescribeInstances shows, or undefined while it
 * may still get there. Like the SDK's instance waiters, states the instance passes
 * through on the way (or that an eventually consistent read still shows) keep waiting.
 */
export function outcomeOf(
  goal: WaitGoal,
  observation: Observation,
): SettledOutcome | undefined {
  const { state } = observation;

  if (state === goal) return 'reached';
  if (gone.has(state)) return 'unexpected-state';

  if (goal === 'running') {
    return state === 'stopped' && stoppedByEc2(observation) ? 'fell-back' : undefined;
  }
  // Pending while stopping means someone started the instance again.
  return state === 'pending' ? 'unexpected-state' : undefined;
}
