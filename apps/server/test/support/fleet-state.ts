import type { InstanceView, RunningSandbox } from '@ec2-control/sandbox';

/** An instance as the sandbox holds it now, whatever the server reported. */
export function heldInstance(
  sandbox: RunningSandbox,
  id: string,
  region = 'us-east-1',
): InstanceView | undefined {
  const [view] = sandbox.admin.state({ region, limit: 1000 }).regions;
  return view?.instances.find((instance) => instance.instanceId === id);
}
