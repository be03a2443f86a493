import { insufficientCapacity } from '../ec2/errors.js';
import type { XmlNode } from '../ec2/xml.js';
import { phaseAt } from '../fleet/instance-state.js';
import { startLifecycle } from '../fleet/transitions.js';
import type { ActionContext } from './action-context.js';
import { changeStates } from './change-states.js';

export function startInstances(context: ActionContext): XmlNode {
  const { faults, region, now } = context;

  return changeStates(context, (instance) => {
    const { instanceId } = instance;
    const needsCapacity = phaseAt(instance.lifecycle, now).state === 'stopped';
    if (needsCapacity && faults.covers('insufficient-capacity', region, instanceId)) {
      throw insufficientCapacity(instance.instanceType, instance.availabilityZone);
    }

    const fallsBack = faults.covers('start-falls-back', region, instanceId);

    return startLifecycle(instance, context, fallsBack);
  });
}
