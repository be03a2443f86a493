import {
  type InstanceStateChange,
  StartInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';

import type { StateChangeOutput } from '../schemas/state-change.js';
import { dryRunOutcomes } from './dry-run.js';
import { callEc2, type Ec2Target } from './ec2-target.js';
import { withHibernation } from './hibernation.js';
import {
  changed,
  type InstanceOutcome,
  inRequestOrder,
  rejected,
  summarize,
} from './instance-outcome.js';
import { isolateFailures } from './isolate-failures.js';
import type { WaitGoal } from './wait-acceptor.js';
import { withWait } from './wait-outcomes.js';

export interface StartRequest {
  instanceIds: readonly string[];
  /** Ask EC2 whether the call is allowed; nothing changes, and nothing is waited for. */
  dryRun?: boolean | undefined;
  wait?: boolean | undefined;
  waitTimeoutSeconds?: number | undefined;
}

export interface StopRequest extends StartRequest {
  hibernate?: boolean | undefined;
  /** With hibernate: stop plainly the instances not configured for hibernation. */
  hibernateFallback?: boolean | undefined;
  force?: boolean | undefined;
}

export interface StateChangeOptions {
  /** First delay between DescribeInstances polls while waiting. */
  waitPollMs?: number | undefined;
}

type Send = (ids: string[]) => Promise<InstanceStateChange[] | undefined>;

/** StartInstances or StopInstances for all the ids, isolating the ones EC2 refuses. */
async function changeStates(
  target: Ec2Target,
  ids: readonly string[],
  send: Send,
): Promise<InstanceOutcome[]> {
  const isolated = await callEc2(target, ids, () => isolateFailures(ids, send));

  const outcomes = [...isolated.failures].map(([id, error]) =>
    rejected(target, id, error),
  );
  for (const batch of isolated.batches) {
    outcomes.push(...(batch.value ?? []).map(changed));
  }
  return inRequestOrder(ids, outcomes);
}

function waited(
  target: Ec2Target,
  outcomes: InstanceOutcome[],
  goal: WaitGoal,
  request: StartRequest,
  options: StateChangeOptions,
): Promise<InstanceOutcome[]> {
  const timeoutSeconds = request.waitTimeoutSeconds ?? 300;
  return withWait(target, outcomes, goal, { timeoutSeconds, pollMs: options.waitPollMs });
}

// Flags go out only when set, as the AWS CLI sends them.
function flags(set: { DryRun?: boolean; Hibernate?: boolean; Force?: boolean }) {
  return Object.fromEntries(Object.entries(set).filter(([, on]) => on === true));
}

/** Starts the instances, isolating the ones EC2 refuses. */
export async function startInstances(
  target: Ec2Target,
  request: StartRequest,
  options: StateChangeOptions = {},
): Promise<StateChangeOutput> {
  const ids = request.instanceIds;
  const dryRun = request.dryRun ?? false;
  const send: Send = async function startBatch(InstanceIds) {
    const command = new StartInstancesCommand({
      InstanceIds,
      ...flags({ DryRun: dryRun }),
    });
    return (await target.client.send(command)).StartingInstances;
  };

  if (dryRun) {
    const outcomes = await dryRunOutcomes(target, ids, send);
    return summarize(target.region, ids, outcomes, true);
  }

  let outcomes = await changeStates(target, ids, send);
  if (request.wait) {
    outcomes = await waited(target, outcomes, 'running', request, options);
  }
  return summarize(target.region, ids, outcomes, false);
}

/** Stops the instances, hibernating or forcing if asked, isolating EC2's refusals. */
export async function stopInstances(
  target: Ec2Target,
  request: StopRequest,
  options: StateChangeOptions = {},
): Promise<StateChangeOutput> {
  const ids = request.instanceIds;
  const dryRun = request.dryRun ?? false;
  const force = request.force ?? false;
  const stop = (ids: readonly string[], hibernate: boolean) => {
    const send: Send = async function stopBatch(InstanceIds) {
      const set = flags({ DryRun: dryRun, Hibernate: hibernate, Force: force });
      const command = new StopInstancesCommand({ InstanceIds, ...set });
      return (await target.client.send(command)).StoppingInstances;
    };
    return dryRun ? dryRunOutcomes(target, ids, send) : changeStates(target, ids, send);
  };

  let outcomes = await stop(ids, request.hibernate ?? false);
  if (request.hibernate) {
    const fallback = request.hibernateFallback
      ? (unsupported: string[]) => stop(unsupported, false)
      : undefined;
    outcomes = await withHibernation(target, outcomes, fallback);
  }
  if (request.wait && !dryRun) {
    outcomes = await waited(target, outcomes, 'stopped', request, options);
  }
  return summarize(target.region, ids, outcomes, dryRun);
}
