import { expect, test } from 'vitest';

import { startInputSchema, stopInputSchema } from './state-change.js';

const base = { region: 'us-east-1', instanceIds: ['i-1234abcd'] };

function issuesOf(result: {
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

test('options default to off, with a 300 second wait timeout', () => {
  expect(startInputSchema.parse(base)).toEqual({
    ...base,
    dryRun: false,
    wait: false,
    waitTimeoutSeconds: 300,
  });
  expect(stopInputSchema.parse(base)).toMatchObject({
    hibernate: false,
    hibernateFallback: false,
    force: false,
  });
});

test.each([0, 901, 2.5, '60'])('wait timeout %j is rejected with its rule', (seconds) => {
  const result = startInputSchema.safeParse({ ...base, waitTimeoutSeconds: seconds });

  expect(issuesOf(result)).toEqual([
    ['waitTimeoutSeconds', 'must be a whole number of seconds from 1 to 900'],
  ]);
});

test('wait timeouts of 1 and 900 seconds are accepted', () => {
  expect(
    startInputSchema.parse({ ...base, waitTimeoutSeconds: 1 }).waitTimeoutSeconds,
  ).toBe(1);
  expect(
    startInputSchema.parse({ ...base, waitTimeoutSeconds: 900 }).waitTimeoutSeconds,
  ).toBe(900);
});

test('hibernate fallback without hibernate is rejected, naming the fallback', () => {
  const result = stopInputSchema.safeParse({ ...base, hibernateFallback: true });

  expect(issuesOf(result)).toEqual([['hibernateFallback', 'needs hibernate to be true']]);
  expect(
    stopInputSchema.safeParse({ ...base, hibernate: true, hibernateFallback: true })
      .success,
  ).toBe(true);
});

test('a flag given as a string is rejected: strings are for REST to read', () => {
  const result = stopInputSchema.safeParse({ ...base, force: 'true' });

  expect(issuesOf(result)).toEqual([
    ['force', 'Invalid input: expected boolean, received string'],
  ]);
});

test('start takes no stop options: they are refused, not dropped', () => {
  const result = startInputSchema.safeParse({ ...base, hibernate: true });

  expect(result.error?.issues).toMatchObject([
    { code: 'unrecognized_keys', keys: ['hibernate'] },
  ]);
});
