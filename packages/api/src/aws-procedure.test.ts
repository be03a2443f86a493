import { expect, test } from 'vitest';

import { keyFingerprint } from './aws-procedure.js';

test('a key fingerprint is stable, short, and does not contain the key', () => {
  const key = 'AKIAIOSFODNN7EXAMPLE';

  const fingerprint = keyFingerprint(key);

  expect(fingerprint).toMatch(/^key:[0-9a-f]{12}$/);
  expect(keyFingerprint(key)).toBe(fingerprint);
  expect(keyFingerprint(`${key}2`)).not.toBe(fingerprint);
  expect(fingerprint).not.toContain(key.slice(4, 10));
});
