import { awsErrorCodes } from '../errors/catalogue.js';
import type { StateChange } from '../schemas/state-change.js';
import { callEc2, type Ec2Target } from './ec2-target.js';
import { type InstanceOutcome, inRequestOrder, rejected } from './instance-outcome.js';
import { isolateFailures } from './isolate-failures.js';

function nameOf(error: unknown): unknown {
  return (error as { name?: unknown } | undefined)?.name;
}

/** Undefined when EC2 would have done it, else the error that denies it. */
async function verdictOf(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
    return undefined;
  } catch (error) {
    const name = nameOf(error);
    if (name === 'DryRunOperation') return undefined;
    if (awsErrorCodes[String(name)] === 'AWS_UNAUTHORIZED') return error;
    throw error;
  }
}

function allowed(id: string): InstanceOutcome {
  const entry: StateChange = {
    id,
    previousState: null,
    currentState: null,
    ok: true,
    error: null,
  };
  return { entry, failure: null };
}

/**
 * Sends the call with DryRun set, so EC2 checks it and changes nothing. An id EC2 does
 * not know fails alone, as in a real call; a denial applies to every id it covered.
 */
export async function dryRunOutcomes(
  target: Ec2Target,
  ids: readonly string[],
  send: (ids: string[]) => Promise<unknown>,
): Promise<InstanceOutcome[]> {
  const isolated = await callEc2(target, ids, () =>
    isolateFailures(ids, (batch) => verdictOf(() => send(batch))),
  );

  const outcomes = [...isolated.failures].map(([id, error]) =>
    rejected(target, id, error),
  );
  for (const { ids: batch, value: denial } of isolated.batches) {
    for (const id of batch) {
      outcomes.push(denial === undefined ? allowed(id) : rejected(target, id, denial));
    }
  }
  return inRequestOrder(ids, outcomes);
}
