import { itemSet, type XmlNode } from '../ec2/xml.js';
import type { Instance, Lifecycle } from '../fleet/instance.js';
import { phaseAt } from '../fleet/instance-state.js';
import type { ActionContext } from './action-context.js';
import { stateXml } from './instance-xml.js';
import { requiredInstances } from './requested-instances.js';

export type LifecyclePlan = (instance: Instance) => Lifecycle;

/**
 * Plans every requested instance before changing any, so one instance in the wrong
 * state fails the whole call and leaves the others untouched, as EC2 does.
 */
export function changeStates(context: ActionContext, plan: LifecyclePlan): XmlNode {
  const { now } = context;
  const planned = requiredInstances(context.params, context.instances).map(
    (instance) => [instance, plan(instance)] as const,
  );

  const changes = planned.map(([instance, lifecycle]) => {
    const previous = phaseAt(instance.lifecycle, now).state;
    if (lifecycle !== instance.lifecycle && lifecycle.current.state === 'pending') {
      instance.launchTime = now;
    }

    instance.lifecycle = lifecycle;

    return {
      instanceId: instance.instanceId,
      currentState: stateXml(phaseAt(lifecycle, now).state),
      previousState: stateXml(previous),
    };
  });

  return { instancesSet: itemSet(changes) };
}
