import {
  type InstanceStateChange,
  StartInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';

import type { InstanceState } from '../schemas/instance.js';
import type { StateChange, StateChangeOutput } from '../schemas/state-change.js';
import { callEc2, type Ec2Target } from './ec2-target.js';

function toStateChange(change: InstanceStateChange): StateChange {
  return {
    id: change.InstanceId ?? '',
    previousState: (change.PreviousState?.Name as InstanceState | undefined) ?? null,
    currentState: (change.CurrentState?.Name as InstanceState | undefined) ?? null,
  };
}

// EC2 answers in its own order; callers read results in the order they asked.
function inRequestOrder(ids: readonly string[], changes: StateChange[]): StateChange[] {
  const position = new Map(ids.map((id, index) => [id, index]));
  const rank = (change: StateChange) => position.get(change.id) ?? ids.length;

  return changes.sort((a, b) => rank(a) - rank(b));
}

export async function startInstances(
  target: Ec2Target,
  instanceIds: readonly string[],
): Promise<StateChangeOutput> {
  const command = new StartInstancesCommand({ InstanceIds: [...instanceIds] });
  const output = await callEc2(target, instanceIds, () => target.client.send(command));
  const changes = (output.StartingInstances ?? []).map(toStateChange);

  return { region: target.region, instances: inRequestOrder(instanceIds, changes) };
}

export async function stopInstances(
  target: Ec2Target,
  instanceIds: readonly string[],
): Promise<StateChangeOutput> {
  const command = new StopInstancesCommand({ InstanceIds: [...instanceIds] });
  const output = await callEc2(target, instanceIds, () => target.client.send(command));
  const changes = (output.StoppingInstances ?? []).map(toStateChange);

  return { region: target.region, instances: inRequestOrder(instanceIds, changes) };
}
