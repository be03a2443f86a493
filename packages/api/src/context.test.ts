import { expect, test } from 'vitest';

import { credentialsFromHeaders } from './context.js';

test('credentials are read from their headers, taking the first of repeated ones', () => {
  const credentials = credentialsFromHeaders({
    'x-aws-access-key-id': 'AKIATEST',
    'x-aws-secret-access-key': ['first-secret', 'second-secret'],
    'content-type': 'application/json',
  });

  expect(credentials).toEqual({
    accessKeyId: 'AKIATEST',
    secretAccessKey: 'first-secret',
    sessionToken: undefined,
  });
});
