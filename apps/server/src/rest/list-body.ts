import { Readable } from 'node:stream';
import type { FleetStream } from '@ec2-control/api';

// Held back until this much is ready, so that a small answer goes out in one write and a
// page failing before then can still be answered with an ordinary error.
const CHUNK_CHARS = 64 * 1024;

/** The list answer's JSON, a page at a time; the fields after `instances` come last. */
async function* listJson(stream: FleetStream): AsyncGenerator<string> {
  let pending = '{"instances":[';
  let empty = true;

  for await (const page of stream.pages) {
    if (page.length === 0) continue;

    // Each page is one native JSON.stringify, without its brackets: walking every value
    // in JavaScript instead cost a sixth of the server's CPU per list under load.
    pending += (empty ? '' : ',') + JSON.stringify(page).slice(1, -1);
    empty = false;
    if (pending.length >= CHUNK_CHARS) {
      yield pending;
      pending = '';
    }
  }

  const { nextCursor, regions } = stream.rest();
  yield `${pending}],"nextCursor":${JSON.stringify(nextCursor)},` +
    `"regions":${JSON.stringify(regions)}}`;
}

/**
 * A list answer written while its pages arrive, so that a fleet of any size holds about
 * two pages in memory.
 */
export function listBody(stream: FleetStream): Readable {
  return Readable.from(listJson(stream));
}
