import { createHash } from 'node:crypto';
import type { Filter } from '@aws-sdk/client-ec2';
import { z } from 'zod';

import { ApiError } from '../errors/api-error.js';

const cursorContentSchema = z.object({
  v: z.literal(1),
  token: z.string().min(1),
  query: z.string(),
});

/** A short fingerprint of what was asked: the region and the EC2 filters. */
export function queryDigest(region: string, filters: readonly Filter[]): string {
  const question = JSON.stringify([region, filters]);
  return createHash('sha256').update(question).digest('base64url').slice(0, 22);
}

/** EC2's NextToken, wrapped with the query it continues. */
export function encodeCursor(token: string, digest: string): string {
  const content = { v: 1, token, query: digest };
  return Buffer.from(JSON.stringify(content)).toString('base64url');
}

function cursorError(message: string): ApiError {
  return new ApiError('VALIDATION_FAILED', `cursor ${message}`, {
    issues: [{ path: 'cursor', message }],
  });
}

function parseCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The NextToken inside a cursor, if the cursor came from this very query. */
export function decodeCursor(cursor: string, digest: string): string {
  const content = cursorContentSchema.safeParse(parseCursor(cursor));
  if (!content.success) {
    throw cursorError('is not a nextCursor this API returned');
  }
  if (content.data.query !== digest) {
    throw cursorError(
      'belongs to a listing of another region or other filters; ' +
        'repeat those, or start again without cursor',
    );
  }
  return content.data.token;
}

/** EC2's codes for a NextToken that expired or was altered (moto: InvalidNextToken). */
export const staleTokenCodes: ReadonlySet<string> = new Set([
  'InvalidPaginationToken',
  'InvalidNextToken',
]);

export function staleCursorError(): ApiError {
  return cursorError('has expired or was altered; start again without cursor');
}
