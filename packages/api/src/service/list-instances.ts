import {
  DescribeInstancesCommand,
  type DescribeInstancesCommandOutput,
  type Filter,
  paginateDescribeInstances,
} from '@aws-sdk/client-ec2';

import { toInstanceSummary } from '../aws/to-instance-summary.js';
import { ApiError } from '../errors/api-error.js';
import type { InstanceSummary } from '../schemas/instance.js';
import { callEc2, type Ec2Target } from './ec2-target.js';
import { staleCursorError, staleTokenCodes } from './list-cursor.js';

export interface ListOptions {
  /** DescribeInstances page size, 5 to 1000. */
  pageSize?: number | undefined;
  /** DescribeInstances filters; EC2 applies them, page by page. */
  filters?: readonly Filter[] | undefined;
}

export interface PageOptions {
  /** DescribeInstances MaxResults, 5 to 1000. */
  limit: number;
  filters?: readonly Filter[] | undefined;
  /** EC2's NextToken from the previous page. */
  nextToken?: string | undefined;
}

export interface InstancePage {
  instances: InstanceSummary[];
  /** Null on the last page. */
  nextToken: string | null;
}

function filtersOf(filters: readonly Filter[] | undefined) {
  return filters && filters.length > 0 ? { Filters: [...filters] } : {};
}

function summariesOf(
  page: DescribeInstancesCommandOutput,
  region: string,
): InstanceSummary[] {
  return (page.Reservations ?? []).flatMap((reservation) =>
    (reservation.Instances ?? []).map((instance) => toInstanceSummary(instance, region)),
  );
}

/**
 * Every instance in the target region, one DescribeInstances page at a time, so that a
 * caller can pass each page on before the next arrives.
 */
export async function* instancePages(
  target: Ec2Target,
  options: ListOptions = {},
): AsyncGenerator<InstanceSummary[]> {
  const pages = paginateDescribeInstances(
    { client: target.client, pageSize: options.pageSize ?? 1000 },
    filtersOf(options.filters),
  )[Symbol.asyncIterator]();

  while (true) {
    const page = await callEc2(target, undefined, () => pages.next());
    if (page.done) return;
    yield summariesOf(page.value, target.region);
  }
}

/** Every instance in the target region, across all DescribeInstances pages. */
export async function listInstances(
  target: Ec2Target,
  options: ListOptions = {},
): Promise<InstanceSummary[]> {
  const instances: InstanceSummary[] = [];
  for await (const page of instancePages(target, options)) instances.push(...page);
  return instances;
}

/** One DescribeInstances page, for callers that page through a region themselves. */
export async function listPage(
  target: Ec2Target,
  options: PageOptions,
): Promise<InstancePage> {
  const command = new DescribeInstancesCommand({
    MaxResults: options.limit,
    ...filtersOf(options.filters),
    ...(options.nextToken ? { NextToken: options.nextToken } : {}),
  });

  try {
    const page = await callEc2(target, undefined, () => target.client.send(command));
    return {
      instances: summariesOf(page, target.region),
      nextToken: page.NextToken || null,
    };
  } catch (error) {
    const awsCode = error instanceof ApiError ? error.details.awsCode : undefined;
    if (options.nextToken && awsCode && staleTokenCodes.has(awsCode)) {
      throw staleCursorError();
    }
    throw error;
  }
}
