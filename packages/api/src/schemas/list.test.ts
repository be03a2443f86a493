import { expect, test } from 'vitest';

import { listInputSchema } from './list.js';

function issuesOf(input: unknown) {
  const issues = listInputSchema.safeParse(input).error?.issues ?? [];
  return issues.map((issue) => [issue.path.join('.'), issue.message]);
}

test('one region with every filter passes, lists deduplicated', () => {
  const input = {
    region: 'us-east-1',
    states: ['running', 'running', 'stopped'],
    tags: [{ key: 'env', value: 'prod' }, { key: 'owner' }],
    name: 'web-*',
    instanceIds: [' i-1234abcd', 'i-1234abcd'],
    instanceTypes: ['t3.micro', 'm5.*'],
    limit: 5,
    cursor: 'eyJ2IjoxfQ',
  };

  expect(listInputSchema.parse(input)).toEqual({
    ...input,
    states: ['running', 'stopped'],
    instanceIds: ['i-1234abcd'],
  });
});

test('regions takes a list of region names or "all"', () => {
  expect(listInputSchema.parse({ regions: ['eu-west-1', 'eu-west-1'] })).toEqual({
    regions: ['eu-west-1'],
  });
  expect(listInputSchema.parse({ regions: 'all' })).toEqual({ regions: 'all' });
  expect(listInputSchema.parse({ region: 'cn-north-1', regions: 'all' })).toEqual({
    region: 'cn-north-1',
    regions: 'all',
  });
});

test('neither region nor regions is "region is required"', () => {
  expect(issuesOf({ states: ['running'] })).toEqual([['region', 'is required']]);
});

test('bad regions are named at their place', () => {
  expect(issuesOf({ regions: 'everywhere' })).toEqual([
    ['regions', 'must be "all" or a list of AWS region names'],
  ]);
  expect(issuesOf({ regions: ['us-east-1', 'mars-1a'] })).toEqual([
    ['regions.1', 'must be an AWS region name such as us-east-1'],
  ]);
  expect(issuesOf({ regions: [] })).toEqual([
    ['regions', 'must name at least one region'],
  ]);
});

test('region beside a list of regions is refused at regions', () => {
  expect(issuesOf({ region: 'us-east-1', regions: ['eu-west-1'] })).toEqual([
    ['regions', 'cannot be a list when region is given; only "all" can'],
  ]);
});

test('limit and cursor need a single region', () => {
  const message = 'pages one region at a time; give a single region';

  expect(issuesOf({ regions: 'all', limit: 5 })).toEqual([['limit', message]]);
  expect(issuesOf({ regions: ['us-east-1', 'eu-west-1'], cursor: 'abc' })).toEqual([
    ['cursor', message],
  ]);
  expect(issuesOf({ regions: ['us-east-1'], limit: 5, cursor: 'abc' })).toEqual([]);
});

test.each([
  [4, 'must be a whole number from 5 to 1000'],
  [1001, 'must be a whole number from 5 to 1000'],
  [7.5, 'must be a whole number from 5 to 1000'],
  ['10', 'must be a whole number from 5 to 1000'],
])('limit %j is refused', (limit, message) => {
  expect(issuesOf({ region: 'us-east-1', limit })).toEqual([['limit', message]]);
});

test('each bad filter value is named by field and index', () => {
  const issues = issuesOf({
    region: 'us-east-1',
    states: ['running', 'sleeping'],
    tags: [{ key: '' }, { key: 'env', value: 'a\nb' }],
    name: '',
    instanceIds: ['i-XYZ'],
    instanceTypes: ['T3 MICRO'],
    cursor: 'not a cursor!',
  });

  expect(issues).toEqual([
    [
      'states.1',
      'must be one of pending, running, shutting-down, terminated, stopping, stopped',
    ],
    ['tags.0.key', 'must be 1-128 characters'],
    ['tags.1.value', 'must not hold control characters'],
    ['name', 'must be 1-256 characters'],
    ['instanceIds.0', 'must be "i-" followed by 8 or 17 lowercase hex digits'],
    [
      'instanceTypes.0',
      'must be an instance type such as t3.micro; * and ? are wildcards',
    ],
    ['cursor', 'must be the nextCursor of an earlier page'],
  ]);
});

test('filter lists are bounded at both ends', () => {
  const many = Array.from({ length: 201 }, (_, n) => ({ key: `k${n}` }));

  expect(issuesOf({ region: 'us-east-1', states: [] })).toEqual([
    ['states', 'must name at least one states'],
  ]);
  expect(issuesOf({ region: 'us-east-1', tags: many })).toEqual([
    ['tags', 'must name at most 200 tags'],
  ]);
});

test('name beside a Name tag is refused at name', () => {
  const input = { region: 'us-east-1', name: 'web', tags: [{ key: 'Name' }] };

  expect(issuesOf(input)).toEqual([
    ['name', 'cannot be combined with a Name tag in tags'],
  ]);
});

test('a missing region is reported beside a bad field', () => {
  expect(issuesOf({ limit: 2 })).toEqual([
    ['limit', 'must be a whole number from 5 to 1000'],
    ['region', 'is required'],
  ]);
});
