import type { Lifecycle, Phase, StateName } from './instance.js';

export const STATE_CODES: Readonly<Record<StateName, number>> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

export function phaseAt(lifecycle: Lifecycle, now: number): Phase {
  const { current, next } = lifecycle;

  return next !== undefined && now >= next.since ? next : current;
}

export function settled(phase: Phase): Lifecycle {
  return { current: phase };
}

/** EC2 writes transition reasons with a `YYYY-MM-DD HH:MM:SS GMT` timestamp. */
export function gmtTimestamp(time: number): string {
  const iso = new Date(time).toISOString();

  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} GMT`;
}

export function userInitiated(time: number): string {
  return `User initiated (${gmtTimestamp(time)})`;
}

export const STATE_REASONS = {
  pending: { code: 'pending', message: 'pending' },
  userShutdown: {
    code: 'Client.UserInitiatedShutdown',
    message: 'Client.UserInitiatedShutdown: User initiated shutdown',
  },
  userHibernate: {
    code: 'Client.UserInitiatedHibernate',
    message: 'Client.UserInitiatedHibernate: User initiated hibernate',
  },
  insufficientCapacity: {
    code: 'Server.InsufficientInstanceCapacity',
    message:
      'Server.InsufficientInstanceCapacity: ' +
      'Insufficient capacity to satisfy instance request',
  },
} as const satisfies Record<string, { code: string; message: string }>;
