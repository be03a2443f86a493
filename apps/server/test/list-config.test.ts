import { expect, test } from 'vitest';

import { ConfigError, parseConfig } from '../src/config.js';

test('LIST_REGION_CONCURRENCY defaults to 16 regions at a time', () => {
  expect(parseConfig({}).aws.listRegionConcurrency).toBe(16);
  expect(parseConfig({ LIST_REGION_CONCURRENCY: '12' }).aws.listRegionConcurrency).toBe(
    12,
  );
});

test.each(['0', '65', 'many', '2.5'])(
  'LIST_REGION_CONCURRENCY=%s is refused by name',
  (value) => {
    const read = () => parseConfig({ LIST_REGION_CONCURRENCY: value });

    expect(read).toThrow(ConfigError);
    expect(read).toThrow(/LIST_REGION_CONCURRENCY/);
  },
);
