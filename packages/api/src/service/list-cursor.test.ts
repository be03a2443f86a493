import { expect, test } from 'vitest';

import { ApiError } from '../errors/api-error.js';
import { describeError } from '../errors/describe.js';
import { decodeCursor, encodeCursor, queryDigest } from './list-cursor.js';

const running = [{ Name: 'instance-state-name', Values: ['running'] }];
const digest = queryDigest('us-east-1', running);

function failureOf(decode: () => unknown) {
  try {
    decode();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return describeError(error);
  }
  throw new Error('expected the cursor to be refused');
}

test('a cursor gives back the NextToken it wraps for the same query', () => {
  const cursor = encodeCursor('eyJvZmZzZXQiOjV9+/=', digest);

  expect(decodeCursor(cursor, queryDigest('us-east-1', running))).toBe(
    'eyJvZmZzZXQiOjV9+/=',
  );
});

test('a cursor is URL-safe text that does not show the token as is', () => {
  const cursor = encodeCursor('token/with+slashes=', digest);

  expect(cursor).toMatch(/^[\w-]+$/);
  expect(cursor).not.toContain('token');
});

test('the digest changes with the region and with every filter', () => {
  const stopped = [{ Name: 'instance-state-name', Values: ['stopped'] }];

  expect(queryDigest('eu-west-1', running)).not.toBe(digest);
  expect(queryDigest('us-east-1', stopped)).not.toBe(digest);
  expect(queryDigest('us-east-1', [])).not.toBe(digest);
  expect(queryDigest('us-east-1', running)).toBe(digest);
});

test('a cursor of another query is a 400 naming cursor', () => {
  const cursor = encodeCursor('token-2', queryDigest('eu-west-1', running));

  const view = failureOf(() => decodeCursor(cursor, digest));

  expect(view.apiCode).toBe('VALIDATION_FAILED');
  expect(view.status).toBe(400);
  expect(view.issues).toEqual([
    {
      path: 'cursor',
      message:
        'belongs to a listing of another region or other filters; ' +
        'repeat those, or start again without cursor',
    },
  ]);
});

test.each([
  ['not base64 JSON', 'bm90IGpzb24'],
  ['JSON of another shape', Buffer.from('{"token":"t"}').toString('base64url')],
  ['an empty token', encodeCursor('', digest)],
  ['a tampered byte', `x${encodeCursor('token-2', digest).slice(1)}`],
])('a cursor with %s is a 400 naming cursor', (_, cursor) => {
  const view = failureOf(() => decodeCursor(cursor, digest));

  expect(view.apiCode).toBe('VALIDATION_FAILED');
  expect(view.issues?.map((issue) => issue.path)).toEqual(['cursor']);
  expect(view.message).toBe('cursor is not a nextCursor this API returned');
});
