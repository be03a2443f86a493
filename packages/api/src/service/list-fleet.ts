import type { Filter } from '@aws-sdk/client-ec2';
import pLimit from 'p-limit';

import type { ApiLogger } from '../context.js';
import { ApiError } from '../errors/api-error.js';
import type { InstanceSummary } from '../schemas/instance.js';
import type { ListOutput, ListQuery, RegionResult } from '../schemas/list.js';
import type { Ec2Target } from './ec2-target.js';
import { decodeCursor, encodeCursor, queryDigest } from './list-cursor.js';
import { ec2Filters } from './list-filters.js';
import { listInstances, listPage } from './list-instances.js';
import { enabledRegions } from './list-regions.js';

export interface FleetOptions {
  /** The caller's EC2 in one region. */
  targetFor(region: string): Ec2Target;
  /** DescribeInstances page size when listing whole regions, 5 to 1000. */
  pageSize?: number | undefined;
  /** How many regions are listed at the same time; 4 when unset. */
  regionConcurrency?: number | undefined;
  /** Where a region that failed beside others is noted; the call itself succeeds. */
  log?: ApiLogger | undefined;
}

// DescribeRegions needs some region to ask; every commercial account has this one.
const DISCOVERY_REGION = 'us-east-1';

type RegionOutcome =
  | { region: string; instances: InstanceSummary[] }
  | { region: string; error: ApiError };

async function listRegion(
  query: ListQuery,
  region: string,
  filters: Filter[],
  options: FleetOptions,
): Promise<ListOutput> {
  const target = options.targetFor(region);

  if (query.limit === undefined && query.cursor === undefined) {
    const instances = await listInstances(target, {
      pageSize: options.pageSize,
      filters,
    });
    const regions = [{ region, ok: true as const, count: instances.length }];
    return { instances, nextCursor: null, regions };
  }

  const digest = queryDigest(region, filters);
  const page = await listPage(target, {
    limit: query.limit ?? options.pageSize ?? 1000,
    filters,
    nextToken:
      query.cursor === undefined ? undefined : decodeCursor(query.cursor, digest),
  });
  return {
    instances: page.instances,
    nextCursor: page.nextToken === null ? null : encodeCursor(page.nextToken, digest),
    regions: [{ region, ok: true, count: page.instances.length }],
  };
}

function resultOf(outcome: RegionOutcome): RegionResult {
  const { region } = outcome;
  if ('instances' in outcome)
    return { region, ok: true, count: outcome.instances.length };

  const { apiCode, message, details } = outcome.error;
  const error = {
    code: apiCode,
    awsCode: details.awsCode ?? null,
    awsRequestId: details.awsRequestId ?? null,
    message,
  };
  return { region, ok: false, error };
}

async function settle(
  region: string,
  filters: Filter[],
  options: FleetOptions,
): Promise<RegionOutcome> {
  const target = options.targetFor(region);

  try {
    const listing = { pageSize: options.pageSize, filters };
    return { region, instances: await listInstances(target, listing) };
  } catch (error) {
    if (error instanceof ApiError) return { region, error };
    throw error;
  }
}

function logFailure(log: ApiLogger | undefined, region: string, error: ApiError) {
  const { awsCode, awsRequestId } = error.details;
  const fields = { region, apiCode: error.apiCode, awsCode, awsRequestId };
  log?.info(fields, `list: region ${region} failed: ${error.message}`);
}

async function listRegions(
  regions: readonly string[],
  filters: Filter[],
  options: FleetOptions,
): Promise<ListOutput> {
  // Each region is its own endpoint with its own request limits, so a whole partition
  // (about twenty enabled regions) can be read in one or two rounds.
  const limit = pLimit(options.regionConcurrency ?? 16);
  const outcomes = await Promise.all(
    regions.map((region) => limit(() => settle(region, filters, options))),
  );

  // Nothing listed at all is a failure to report as one, not an empty success.
  const failures = outcomes.flatMap((outcome) => ('error' in outcome ? [outcome] : []));
  if (failures.length === outcomes.length && failures[0]) throw failures[0].error;
  for (const { region, error } of failures) logFailure(options.log, region, error);

  return {
    instances: outcomes.flatMap((outcome) =>
      'instances' in outcome ? outcome.instances : [],
    ),
    nextCursor: null,
    regions: outcomes.map(resultOf),
  };
}

/** The one region a query names, if it names exactly one. */
export function singleRegion(query: ListQuery): string | undefined {
  if (Array.isArray(query.regions)) {
    return query.regions.length === 1 ? query.regions[0] : undefined;
  }
  return query.regions === 'all' ? undefined : query.region;
}

/**
 * Lists one region as before (a failure fails the call), or several side by side,
 * where a region that fails is reported beside the others' instances.
 */
export async function listFleet(
  query: ListQuery,
  options: FleetOptions,
): Promise<ListOutput> {
  const filters = ec2Filters(query);

  const single = singleRegion(query);
  if (single !== undefined) return listRegion(query, single, filters, options);

  const regions = Array.isArray(query.regions)
    ? query.regions
    : await enabledRegions(options.targetFor(query.region ?? DISCOVERY_REGION));
  return listRegions(regions, filters, options);
}
