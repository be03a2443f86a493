import {
  cannotStart,
  cannotStop,
  cannotStopPending,
  hibernationNotConfigured,
} from '../ec2/errors.js';
import type { Instance, Lifecycle, Phase, StateReason } from './instance.js';
import { gmtTimestamp, phaseAt, STATE_REASONS, userInitiated } from './instance-state.js';

export interface Delays {
  readonly pendingMs: number;
  readonly stoppingMs: number;
  readonly shuttingDownMs: number;
}

export interface TransitionTime {
  readonly now: number;
  readonly delays: Delays;
}

function transition(current: Phase, next: Phase): Lifecycle {
  return { current, next };
}

function pendingPhase(now: number): Phase {
  return {
    state: 'pending',
    since: now,
    reason: STATE_REASONS.pending,
    transitionReason: '',
  };
}

export function launchLifecycle({ now, delays }: TransitionTime): Lifecycle {
  return transition(pendingPhase(now), {
    state: 'running',
    since: now + delays.pendingMs,
    transitionReason: '',
  });
}

/**
 * A start that EC2 accepted may still fall back to `stopped` when capacity runs out
 * before the instance boots; `fallsBack` plays that out.
 */
export function startLifecycle(
  instance: Instance,
  { now, delays }: TransitionTime,
  fallsBack: boolean,
): Lifecycle {
  const { state } = phaseAt(instance.lifecycle, now);

  if (state === 'pending' || state === 'running') {
    return instance.lifecycle;
  }

  if (state !== 'stopped') {
    throw cannotStart(instance.instanceId);
  }

  const since = now + delays.pendingMs;
  const settledPhase: Phase = fallsBack
    ? {
        state: 'stopped',
        since,
        reason: STATE_REASONS.insufficientCapacity,
        transitionReason: `Service initiated (${gmtTimestamp(since)})`,
      }
    : { state: 'running', since, transitionReason: '' };

  return transition(pendingPhase(now), settledPhase);
}

export function stopLifecycle(
  instance: Instance,
  { now, delays }: TransitionTime,
  hibernate: boolean,
): Lifecycle {
  if (hibernate && !instance.hibernationConfigured) {
    throw hibernationNotConfigured(instance.instanceId);
  }

  const { state } = phaseAt(instance.lifecycle, now);

  if (state === 'stopping' || state === 'stopped') {
    return instance.lifecycle;
  }

  if (state === 'pending') {
    throw cannotStopPending(instance.instanceId);
  }

  if (state !== 'running') {
    throw cannotStop(instance.instanceId);
  }

  const reason: StateReason = hibernate
    ? STATE_REASONS.userHibernate
    : STATE_REASONS.userShutdown;
  const transitionReason = userInitiated(now);

  return transition(
    { state: 'stopping', since: now, reason, transitionReason },
    { state: 'stopped', since: now + delays.stoppingMs, reason, transitionReason },
  );
}

export function terminateLifecycle(
  instance: Instance,
  { now, delays }: TransitionTime,
): Lifecycle {
  const { state } = phaseAt(instance.lifecycle, now);

  if (state === 'shutting-down' || state === 'terminated') {
    return instance.lifecycle;
  }

  const reason = STATE_REASONS.userShutdown;
  const transitionReason = userInitiated(now);

  return transition(
    { state: 'shutting-down', since: now, reason, transitionReason },
    { state: 'terminated', since: now + delays.shuttingDownMs, reason, transitionReason },
  );
}
