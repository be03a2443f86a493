import { expect, test } from 'vitest';

import { awsCredentialsSchema } from './credentials.js';

const valid = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

test('well-formed credentials pass, with or without a session token', () => {
  expect(awsCredentialsSchema.parse(valid)).toEqual(valid);
  expect(
    awsCredentialsSchema.parse({ ...valid, sessionToken: 'FwoGZX+/=token' }),
  ).toEqual({
    ...valid,
    sessionToken: 'FwoGZX+/=token',
  });
});

test('missing access key id and secret say "is required"', () => {
  const issues = awsCredentialsSchema.safeParse({}).error?.issues;

  expect(issues?.map((issue) => [issue.path, issue.message])).toEqual([
    [['accessKeyId'], 'is required'],
    [['secretAccessKey'], 'is required'],
  ]);
});

test.each([
  ['accessKeyId', 'AKIA SECRET-ISH VALUE'],
  ['accessKeyId', 'A'.repeat(129)],
  ['secretAccessKey', 'wJalr XUtnFEMI secret value'],
  ['secretAccessKey', 'S'.repeat(257)],
  ['sessionToken', 'token with\nnewline-secret'],
])('the message for a bad %s never repeats the value', (field, value) => {
  const error = awsCredentialsSchema.safeParse({ ...valid, [field]: value }).error;

  expect(error?.issues.map((issue) => issue.path)).toEqual([[field]]);
  expect(JSON.stringify(error?.issues)).not.toContain(value);
  expect(error?.message).not.toContain(value);
});

test('bad values get fixed shape messages', () => {
  const error = awsCredentialsSchema.safeParse({
    accessKeyId: 'has space',
    secretAccessKey: 'has space',
    sessionToken: 'has space',
  }).error;

  expect(error?.issues.map((issue) => issue.message)).toEqual([
    'must be 1-128 letters, digits or underscores',
    'must be 1-256 printable characters without spaces',
    'must be 1-8192 printable characters without spaces',
  ]);
});
