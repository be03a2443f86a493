import { expect, test } from 'vitest';
import { decodePageToken, encodePageToken, queryFingerprint } from './page-token.js';

test('a page token decodes to the cursor it was made from', () => {
  const cursor = { generation: 3, region: 'eu-west-1', offset: 1500, query: 'abc' };

  expect(decodePageToken(encodePageToken(cursor))).toEqual(cursor);
});

test('a token that is not one of ours is an InvalidPaginationToken', () => {
  expect(() => decodePageToken('e30')).toThrow(
    expect.objectContaining({ code: 'InvalidPaginationToken' }),
  );
});

test('different filters give different fingerprints', () => {
  const running = queryFingerprint([
    { name: 'instance-state-name', values: ['running'] },
  ]);
  const stopped = queryFingerprint([
    { name: 'instance-state-name', values: ['stopped'] },
  ]);

  expect(running).not.toBe(stopped);
  expect(queryFingerprint([])).toBe(queryFingerprint([]));
});
