import type { InstanceStateChange } from '@aws-sdk/client-ec2';

import { ApiError } from '../errors/api-error.js';
import { fromAwsError } from '../errors/from-aws.js';
import type { InstanceState } from '../schemas/instance.js';
import type {
  InstanceError,
  StateChange,
  StateChangeOutput,
} from '../schemas/state-change.js';
import type { Ec2Target } from './ec2-target.js';

/** One instance's result, with the full error behind `entry.error` when it failed. */
export interface InstanceOutcome {
  entry: StateChange;
  failure: ApiError | null;
}

function stateOf(state: { Name?: string | undefined } | undefined) {
  return (state?.Name as InstanceState | undefined) ?? null;
}

export function changed(change: InstanceStateChange): InstanceOutcome {
  const entry: StateChange = {
    id: change.InstanceId ?? '',
    previousState: stateOf(change.PreviousState),
    currentState: stateOf(change.CurrentState),
    ok: true,
    error: null,
  };
  return { entry, failure: null };
}

function errorOf(failure: ApiError): InstanceError {
  return {
    code: failure.apiCode,
    awsCode: failure.details.awsCode ?? null,
    message: failure.message,
  };
}

/** The outcome turned into a failure, keeping the states it already reports. */
export function failed(outcome: InstanceOutcome, failure: ApiError): InstanceOutcome {
  return { entry: { ...outcome.entry, ok: false, error: errorOf(failure) }, failure };
}

/** An instance EC2 refused to change, with the error the call threw. */
export function rejected(
  target: Ec2Target,
  id: string,
  thrown: unknown,
): InstanceOutcome {
  const scope = { region: target.region, secrets: target.secrets, instanceIds: [id] };
  const failure = fromAwsError(thrown, scope);
  const error = errorOf(failure);
  const entry = { id, previousState: null, currentState: null, ok: false, error };
  return { entry, failure };
}

// EC2 answers in its own order; callers read results in the order they asked.
export function inRequestOrder(
  ids: readonly string[],
  outcomes: InstanceOutcome[],
): InstanceOutcome[] {
  const position = new Map(ids.map((id, index) => [id, index]));
  const rank = (outcome: InstanceOutcome) => position.get(outcome.entry.id) ?? ids.length;

  return outcomes.sort((a, b) => rank(a) - rank(b));
}

/**
 * The response: per-instance results while any instance succeeded. When none did, the
 * first instance's error, carrying all the results, so one bad id is still its own
 * status. A dry run always answers: denied or not, EC2 did reply.
 */
export function summarize(
  region: string,
  ids: readonly string[],
  outcomes: InstanceOutcome[],
  dryRun: boolean,
): StateChangeOutput {
  const instances = outcomes.map((outcome) => outcome.entry);
  const succeeded = instances.filter((entry) => entry.ok).length;
  const first = outcomes.find((outcome) => outcome.failure)?.failure;

  if (!dryRun && succeeded === 0 && first) {
    const details = { ...first.details, instances };
    throw new ApiError(first.apiCode, first.message, details);
  }

  const summary = {
    requested: ids.length,
    succeeded,
    failed: instances.length - succeeded,
  };
  return { region, dryRun, summary, instances };
}
