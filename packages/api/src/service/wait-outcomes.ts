import { ApiError, type ApiErrorDetails } from '../errors/api-error.js';
import { awsErrorCodes } from '../errors/catalogue.js';
import type { Ec2Target } from './ec2-target.js';
import { failed, type InstanceOutcome } from './instance-outcome.js';
import type { WaitGoal } from './wait-acceptor.js';
import { type WaitOptions, type WaitResult, waitForStates } from './wait-for-states.js';

function details(target: Ec2Target, id: string, awsCode?: string): ApiErrorDetails {
  const base = { region: target.region, instanceIds: [id] };
  return awsCode ? { ...base, awsCode } : base;
}

// Why an instance that EC2 accepted did not end up where the caller asked.
function waitFailure(
  target: Ec2Target,
  id: string,
  goal: WaitGoal,
  result: WaitResult,
  timeoutSeconds: number,
): ApiError | undefined {
  const { state, reason } = result.observation;
  const because = reason ? `: ${reason.message}` : '';

  switch (result.outcome) {
    case 'reached':
      return undefined;
    case 'unknown':
      return result.error;
    case 'fell-back': {
      // Reason codes read Server.InsufficientInstanceCapacity and the like.
      const code = reason?.code.replace(/^\w+\./, '') ?? '';
      const text = `Instance ${id} went back to ${state}${because}`;
      return new ApiError(
        awsErrorCodes[code] ?? 'AWS_ERROR',
        text,
        details(target, id, reason?.code),
      );
    }
    case 'unexpected-state': {
      const text = `Instance ${id} is ${state}, not ${goal}${because}`;
      const code = 'INCORRECT_INSTANCE_STATE';
      return new ApiError(code, text, details(target, id, reason?.code));
    }
    case 'timed-out': {
      const last = state ? `last seen ${state}` : 'never seen';
      const text = `Instance ${id} was not ${goal} after ${timeoutSeconds} s; ${last}`;
      return new ApiError('WAIT_TIMED_OUT', text, details(target, id));
    }
  }
}

/**
 * Waits for the instances EC2 accepted and adds how each wait ended; one that did not
 * reach `goal` becomes a failure. Instances EC2 refused are not waited for.
 */
export async function withWait(
  target: Ec2Target,
  outcomes: InstanceOutcome[],
  goal: WaitGoal,
  options: WaitOptions,
): Promise<InstanceOutcome[]> {
  const accepted = outcomes.filter((outcome) => outcome.entry.ok);
  const ids = accepted.map((outcome) => outcome.entry.id);
  const results = ids.length > 0 ? await waitForStates(target, ids, goal, options) : null;

  return outcomes.map(function addWait(outcome): InstanceOutcome {
    const result = results?.get(outcome.entry.id);
    if (!result) {
      const entry = { ...outcome.entry, finalState: null, stateReason: null };
      return { ...outcome, entry: { ...entry, outcome: 'rejected' } };
    }

    const { state, reason } = result.observation;
    const entry = { ...outcome.entry, finalState: state, stateReason: reason };
    const waited = { ...outcome, entry: { ...entry, outcome: result.outcome } };
    const id = outcome.entry.id;
    const failure = waitFailure(target, id, goal, result, options.timeoutSeconds);
    return failure ? failed(waited, failure) : waited;
  });
}
