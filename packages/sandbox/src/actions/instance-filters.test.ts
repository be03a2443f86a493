import { expect, test } from 'vitest';
import { buildInstance } from '../fleet/build-instance.js';
import { instanceSpecSchema } from '../fleet/fleet-spec.js';
import { compileFilters } from './instance-filters.js';

const instance = buildInstance(
  instanceSpecSchema.parse({ region: 'us-east-1', tags: { Name: 'web.1', env: 'prod' } }),
  'unit',
);

test('a question mark matches exactly one character', () => {
  expect(
    compileFilters([{ name: 'tag:Name', values: ['web?1'] }])(instance, 'running'),
  ).toBe(true);
  expect(
    compileFilters([{ name: 'tag:Name', values: ['web?'] }])(instance, 'running'),
  ).toBe(false);
});

test('a dot in a value is literal, not a pattern', () => {
  expect(
    compileFilters([{ name: 'tag:Name', values: ['web-1*'] }])(instance, 'running'),
  ).toBe(false);
  expect(
    compileFilters([{ name: 'tag:Name', values: ['web.*'] }])(instance, 'running'),
  ).toBe(true);
});

test('a tag filter does not match an instance without that tag', () => {
  expect(compileFilters([{ name: 'tag:team', values: ['*'] }])(instance, 'running')).toBe(
    false,
  );
});

test('the state filter reads the state passed in', () => {
  const stopped = compileFilters([{ name: 'instance-state-name', values: ['stopped'] }]);

  expect(stopped(instance, 'stopped')).toBe(true);
  expect(stopped(instance, 'running')).toBe(false);
});
