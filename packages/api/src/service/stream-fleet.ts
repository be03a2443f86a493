import type { InstanceSummary } from '../schemas/instance.js';
import type { ListOutput, ListQuery } from '../schemas/list.js';
import { ec2Filters } from './list-filters.js';
import { type FleetOptions, listFleet, singleRegion } from './list-fleet.js';
import { instancePages } from './list-instances.js';

/** A listing whose instances arrive page by page, to be written out as they come. */
export interface FleetStream {
  /** The instances, a page at a time; a page that fails rejects here. */
  pages: AsyncIterable<InstanceSummary[]>;
  /** The rest of the answer, known once every page has been read. */
  rest(): Omit<ListOutput, 'instances'>;
}

// A caller that stops reading leaves the page asked for ahead unawaited; its failure
// then belongs to nobody.
function ignoreUntilAwaited() {}

function wholeListing(output: ListOutput): FleetStream {
  const { instances, ...rest } = output;

  async function* onePage() {
    yield instances;
  }
  return { pages: onePage(), rest: () => rest };
}

/**
 * The answer of `listFleet`, streamed where memory would grow with the fleet: a whole
 * region is read page by page. The first page is read before this returns, so a call
 * that fails outright (bad keys, unknown region) fails here, before any answer starts.
 * Pages and several regions are small or bounded already and come as one page.
 */
export async function streamFleet(
  query: ListQuery,
  options: FleetOptions,
): Promise<FleetStream> {
  const region = singleRegion(query);
  const paged = query.limit !== undefined || query.cursor !== undefined;
  if (region === undefined || paged) return wholeListing(await listFleet(query, options));

  const listing = { pageSize: options.pageSize, filters: ec2Filters(query) };
  const pages = instancePages(options.targetFor(region), listing);
  const first = await pages.next();
  let count = 0;

  // Each page is asked for before the one in hand is written out, so that EC2 works on
  // the next page while this one goes to the caller; two pages are held at most.
  async function* allPages() {
    let page = first;
    while (!page.done) {
      const next = pages.next();
      next.catch(ignoreUntilAwaited);
      count += page.value.length;
      yield page.value;
      page = await next;
    }
  }

  return {
    pages: allPages(),
    rest: () => ({ nextCursor: null, regions: [{ region, ok: true, count }] }),
  };
}
