import type { ActionHandler } from './action-context.js';
import { createTags } from './create-tags.js';
import { describeInstances } from './describe-instances.js';
import { describeRegions } from './describe-regions.js';
import { runInstances } from './run-instances.js';
import { startInstances } from './start-instances.js';
import { stopInstances } from './stop-instances.js';
import { terminateInstances } from './terminate-instances.js';

const ACTIONS: Readonly<Record<string, ActionHandler>> = {
  CreateTags: createTags,
  DescribeInstances: describeInstances,
  DescribeRegions: describeRegions,
  RunInstances: runInstances,
  StartInstances: startInstances,
  StopInstances: stopInstances,
  TerminateInstances: terminateInstances,
};

/** The EC2 actions the sandbox implements. */
export const SUPPORTED_ACTIONS: readonly string[] = Object.keys(ACTIONS);

export function actionHandler(action: string): ActionHandler | undefined {
  return Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
}
