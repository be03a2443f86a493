import { stopProtected } from '../ec2/errors.js';
import type { XmlNode } from '../ec2/xml.js';
import { stopLifecycle } from '../fleet/transitions.js';
import type { ActionContext } from './action-context.js';
import { changeStates } from './change-states.js';

/** `Force` is accepted but does nothing: sandbox instances never hang while stopping. */
export function stopInstances(context: ActionContext): XmlNode {
  const { faults, region, params } = context;
  const hibernate = params.boolean('Hibernate');

  return changeStates(context, (instance) => {
    if (faults.covers('stop-protection', region, instance.instanceId)) {
      throw stopProtected(instance.instanceId);
    }

    return stopLifecycle(instance, context, hibernate);
  });
}
