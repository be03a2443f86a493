import { Readable } from 'node:stream';
import type { FleetStream, InstanceSummary } from '@ec2-control/api';
import { JsonStreamStringify } from 'json-stream-stringify';

// The library's default of 512 bytes turns a 45 MB answer into ~90,000 socket writes.
const CHUNK_BYTES = 64 * 1024;

async function* eachInstance(pages: AsyncIterable<InstanceSummary[]>) {
  for await (const page of pages) yield* page;
}

/**
 * A list answer as JSON written while its pages arrive, so that a fleet of any size
 * holds one page in memory. The fields after `instances` are read once it has ended.
 */
export function listBody(stream: FleetStream): Readable {
  const rest = () => stream.rest();
  const listed = { instances: Readable.from(eachInstance(stream.pages)) };

  const answer = {
    ...listed,
    nextCursor: { toJSON: () => rest().nextCursor },
    regions: { toJSON: () => rest().regions },
  };
  return new JsonStreamStringify(answer, undefined, undefined, false, CHUNK_BYTES);
}
