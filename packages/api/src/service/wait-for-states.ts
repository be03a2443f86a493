import {
  DescribeInstancesCommand,
  type EC2Client,
  type Instance,
} from '@aws-sdk/client-ec2';
import { createWaiter, WaiterState } from '@smithy/util-waiter';

import type { ApiError } from '../errors/api-error.js';
import { fromAwsError } from '../errors/from-aws.js';
import type { InstanceState } from '../schemas/instance.js';
import type { Ec2Target } from './ec2-target.js';
import {
  type Observation,
  outcomeOf,
  type SettledOutcome,
  type WaitGoal,
} from './wait-acceptor.js';

export interface WaitOptions {
  timeoutSeconds: number;
  /** First delay between polls; later ones back off to eight times as long. */
  pollMs?: number | undefined;
}

/** How one instance's wait ended, and the instance as last seen (null when never). */
export type WaitResult =
  | { outcome: SettledOutcome | 'timed-out'; observation: Observation }
  /** Its state could not be read, for the reason in `error`. */
  | { outcome: 'unknown'; observation: Observation; error: ApiError };

const DEFAULT_POLL_MS = 2000;
const BACKOFF_FACTOR = 8;

// A caller that may start instances but not describe them will not be allowed to later.
const hopeless = new Set(['AWS_UNAUTHORIZED', 'AWS_AUTH_FAILED']);

function observationOf(instance: Instance): Observation {
  const reason = instance.StateReason;
  return {
    state: (instance.State?.Name as InstanceState | undefined) ?? null,
    reason: reason?.Code ? { code: reason.Code, message: reason.Message ?? '' } : null,
  };
}

function delaysOf(options: WaitOptions) {
  const pollSeconds = (options.pollMs ?? DEFAULT_POLL_MS) / 1000;
  // The waiter refuses a first delay as long as the whole wait.
  const minDelay = Math.min(pollSeconds, options.timeoutSeconds / 2);
  return { minDelay, maxDelay: minDelay * BACKOFF_FACTOR };
}

/**
 * Polls DescribeInstances through the SDK's waiter until every instance has reached
 * `goal`, or cannot any more, or the time is up.
 */
export async function waitForStates(
  target: Ec2Target,
  ids: readonly string[],
  goal: WaitGoal,
  options: WaitOptions,
): Promise<Map<string, WaitResult>> {
  const seen = new Map<string, Observation>();
  const settled = new Map<string, SettledOutcome>();
  let failure: ApiError | undefined;

  async function checkStates(client: EC2Client, waiting: readonly string[]) {
    const open = waiting.filter((id) => !settled.has(id));
    try {
      const output = await client.send(
        new DescribeInstancesCommand({ InstanceIds: open }),
      );
      for (const reservation of output.Reservations ?? []) {
        for (const instance of reservation.Instances ?? []) {
          const observation = observationOf(instance);
          const id = instance.InstanceId ?? '';
          const outcome = outcomeOf(goal, observation);
          seen.set(id, observation);
          if (outcome && open.includes(id)) settled.set(id, outcome);
        }
      }
    } catch (error) {
      const scope = { region: target.region, secrets: target.secrets, instanceIds: open };
      const apiError = fromAwsError(error, scope);
      // Anything else may pass, such as a not-found while EC2 catches up with a change.
      if (hopeless.has(apiError.apiCode)) {
        failure = apiError;
        return { state: WaiterState.FAILURE };
      }
    }
    const done = waiting.every((id) => settled.has(id));
    return { state: done ? WaiterState.SUCCESS : WaiterState.RETRY };
  }

  const waiterOptions = { client: target.client, maxWaitTime: options.timeoutSeconds };
  await createWaiter({ ...waiterOptions, ...delaysOf(options) }, ids, checkStates);

  const unseen: Observation = { state: null, reason: null };
  return new Map(
    ids.map(function resultOf(id): [string, WaitResult] {
      const observation = seen.get(id) ?? unseen;
      const outcome = settled.get(id);
      if (outcome) return [id, { outcome, observation }];
      if (failure) return [id, { outcome: 'unknown', observation, error: failure }];
      return [id, { outcome: 'timed-out', observation }];
    }),
  );
}
