import type { Ec2Target } from './ec2-target.js';
import { type InstanceOutcome, rejected } from './instance-outcome.js';

/** Stops the given ids without hibernation: for real, or as a dry run. */
export type PlainStop = (ids: string[]) => Promise<InstanceOutcome[]>;

function flagged(outcome: InstanceOutcome, hibernated: boolean, fellBackToStop: boolean) {
  return { ...outcome, entry: { ...outcome.entry, hibernated, fellBackToStop } };
}

async function stopPlainly(target: Ec2Target, ids: string[], stop: PlainStop) {
  try {
    return await stop(ids);
  } catch (error) {
    // The others are hibernating by now: this failure is theirs alone, not the call's.
    return ids.map((id) => rejected(target, id, error));
  }
}

/**
 * Marks each result of a StopInstances call made with Hibernate. With a fallback, the
 * instances EC2 refused as not configured for hibernation are stopped plainly instead.
 * `hibernated` is true only for a running instance this call put to sleep.
 */
export async function withHibernation(
  target: Ec2Target,
  outcomes: InstanceOutcome[],
  fallback?: PlainStop,
): Promise<InstanceOutcome[]> {
  const unsupported = outcomes
    .filter((outcome) => outcome.failure?.apiCode === 'HIBERNATION_UNSUPPORTED')
    .map((outcome) => outcome.entry.id);
  const plain =
    fallback && unsupported.length > 0
      ? await stopPlainly(target, unsupported, fallback)
      : [];
  const stoppedPlainly = new Map(plain.map((outcome) => [outcome.entry.id, outcome]));

  return outcomes.map(function markHibernation(outcome) {
    const stopped = stoppedPlainly.get(outcome.entry.id);
    if (stopped) return flagged(stopped, false, true);

    const { ok, previousState } = outcome.entry;
    return flagged(outcome, ok && previousState === 'running', false);
  });
}
