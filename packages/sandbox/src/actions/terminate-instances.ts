import type { XmlNode } from '../ec2/xml.js';
import { terminateLifecycle } from '../fleet/transitions.js';
import type { ActionContext } from './action-context.js';
import { changeStates } from './change-states.js';

export function terminateInstances(context: ActionContext): XmlNode {
  return changeStates(context, (instance) => terminateLifecycle(instance, context));
}
