import { paginateDescribeInstances } from '@aws-sdk/client-ec2';

import { toInstanceSummary } from '../aws/to-instance-summary.js';
import type { InstanceSummary } from '../schemas/instance.js';
import { callEc2, type Ec2Target } from './ec2-target.js';

export interface ListOptions {
  /** DescribeInstances page size, 5 to 1000. */
  pageSize?: number | undefined;
}

/** Every instance in the target region, across all DescribeInstances pages. */
export async function listInstances(
  target: Ec2Target,
  options: ListOptions = {},
): Promise<InstanceSummary[]> {
  const pages = paginateDescribeInstances(
    { client: target.client, pageSize: options.pageSize ?? 1000 },
    {},
  );

  return callEc2(target, undefined, async function collectPages() {
    const instances: InstanceSummary[] = [];
    for await (const page of pages) {
      for (const reservation of page.Reservations ?? []) {
        for (const instance of reservation.Instances ?? []) {
          instances.push(toInstanceSummary(instance, target.region));
        }
      }
    }
    return instances;
  });
}
