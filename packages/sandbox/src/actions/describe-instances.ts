import {
  invalidPaginationToken,
  invalidParameterCombination,
  invalidParameterValue,
} from '../ec2/errors.js';
import { itemSet, type XmlNode } from '../ec2/xml.js';
import type { Instance } from '../fleet/instance.js';
import { phaseAt } from '../fleet/instance-state.js';
import type { ActionContext } from './action-context.js';
import {
  compileFilters,
  type InstancePredicate,
  readFilters,
} from './instance-filters.js';
import { reservationsXml } from './instance-xml.js';
import { instanceXmlCache } from './instance-xml-cache.js';
import { decodePageToken, encodePageToken, queryFingerprint } from './page-token.js';
import { findInstances } from './requested-instances.js';

/** EC2 answers an unpaginated call with everything; the sandbox stops at this many. */
const UNPAGED_LIMIT = 1000;

interface Page {
  readonly instances: Instance[];
  readonly nextToken?: string;
}

function checkMaxResults(maxResults: number): void {
  if (maxResults < 5) {
    throw invalidParameterValue(
      `Value ( ${maxResults} ) for parameter maxResults is invalid. ` +
        'Expecting a value greater than 5.',
    );
  }

  if (maxResults > 1000) {
    throw invalidParameterValue(
      `Value ( ${maxResults} ) for parameter maxResults is invalid. ` +
        'Expecting a value less than 1000.',
    );
  }
}

function startOffset(
  context: ActionContext,
  query: string,
  token: string | undefined,
): number {
  if (token === undefined) {
    return 0;
  }

  const cursor = decodePageToken(token);
  const fits =
    cursor.generation === context.fleet.generation &&
    cursor.region === context.region &&
    cursor.query === query;
  if (!fits) {
    throw invalidPaginationToken(token);
  }

  return cursor.offset;
}

/**
 * Scans from the cursor only as far as the page needs, plus up to the next match so
 * that a token is returned only when another page exists.
 */
function scanPage(
  context: ActionContext,
  matches: InstancePredicate,
  limit: number,
  query: string,
): Page {
  const { instances: fleet, now } = context;
  const isMatch = (instance: Instance) =>
    matches(instance, phaseAt(instance.lifecycle, now).state);
  const instances: Instance[] = [];

  let offset = startOffset(context, query, context.params.string('NextToken'));
  for (; offset < fleet.size && instances.length < limit; offset += 1) {
    const instance = fleet.at(offset) as Instance;
    if (isMatch(instance)) {
      instances.push(instance);
    }
  }

  while (offset < fleet.size && !isMatch(fleet.at(offset) as Instance)) {
    offset += 1;
  }

  if (offset >= fleet.size) {
    return { instances };
  }

  const cursor = {
    generation: context.fleet.generation,
    region: context.region,
    offset,
    query,
  };

  return { instances, nextToken: encodePageToken(cursor) };
}

export function describeInstances(context: ActionContext): XmlNode {
  const { params, now, region } = context;
  const ids = params.list('InstanceId');
  const maxResults = params.integer('MaxResults');
  const filters = readFilters(params);
  const matches = compileFilters(filters);

  if (ids.length > 0 && maxResults !== undefined) {
    throw invalidParameterCombination(
      'The parameter instancesSet cannot be used with the parameter maxResults',
    );
  }

  if (maxResults !== undefined) {
    checkMaxResults(maxResults);
  }

  const page: Page =
    ids.length > 0
      ? {
          instances: findInstances(ids, context.instances).filter((instance) =>
            matches(instance, phaseAt(instance.lifecycle, now).state),
          ),
        }
      : scanPage(
          context,
          matches,
          maxResults ?? UNPAGED_LIMIT,
          queryFingerprint(filters),
        );

  const cache = instanceXmlCache(context.instances);
  const render = (instance: Instance) => cache.render(instance, region, now);

  return {
    reservationSet: itemSet(reservationsXml(page.instances, render)),
    nextToken: page.nextToken,
  };
}
