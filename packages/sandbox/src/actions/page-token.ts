import { createHash } from 'node:crypto';
import { z } from 'zod';
import { invalidPaginationToken } from '../ec2/errors.js';
import type { Filter } from './instance-filters.js';

const cursorSchema = z.strictObject({
  generation: z.int().nonnegative(),
  region: z.string(),
  offset: z.int().nonnegative(),
  query: z.string(),
});

/** Where the next page starts, and what it was asked for, so a token fits one query. */
export type PageCursor = z.infer<typeof cursorSchema>;

export function queryFingerprint(filters: readonly Filter[]): string {
  return createHash('sha256')
    .update(JSON.stringify(filters))
    .digest('base64url')
    .slice(0, 16);
}

export function encodePageToken(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodePageToken(token: string): PageCursor {
  try {
    return cursorSchema.parse(
      JSON.parse(Buffer.from(token, 'base64url').toString('utf8')),
    );
  } catch (error) {
    throw invalidPaginationToken(token, error);
  }
}
