import { expect, test } from 'vitest';

import { ec2Filters } from './list-filters.js';

test('a query without filters sends no filters', () => {
  expect(ec2Filters({})).toEqual([]);
});

test('each filter field becomes its EC2 filter, values sorted', () => {
  const filters = ec2Filters({
    states: ['stopped', 'running'],
    name: 'web-*',
    instanceIds: ['i-0123456789abcdef0', 'i-1234abcd'],
    instanceTypes: ['t3.micro', 'm5.*'],
  });

  expect(filters).toMatchInlineSnapshot(`
    [
      {
        "Name": "instance-state-name",
        "Values": [
          "running",
          "stopped",
        ],
      },
      {
        "Name": "tag:Name",
        "Values": [
          "web-*",
        ],
      },
      {
        "Name": "instance-id",
        "Values": [
          "i-0123456789abcdef0",
          "i-1234abcd",
        ],
      },
      {
        "Name": "instance-type",
        "Values": [
          "m5.*",
          "t3.micro",
        ],
      },
    ]
  `);
});

test('values of one tag key share a tag:KEY filter and keys get one each', () => {
  const filters = ec2Filters({
    tags: [
      { key: 'team', value: 'web' },
      { key: 'env', value: 'prod' },
      { key: 'env', value: 'staging' },
    ],
  });

  expect(filters).toEqual([
    { Name: 'tag:env', Values: ['prod', 'staging'] },
    { Name: 'tag:team', Values: ['web'] },
  ]);
});

test('bare tag keys share one tag-key filter after the key/value filters', () => {
  const filters = ec2Filters({
    tags: [{ key: 'owner' }, { key: 'env', value: 'prod' }, { key: 'backup' }],
  });

  expect(filters).toEqual([
    { Name: 'tag:env', Values: ['prod'] },
    { Name: 'tag-key', Values: ['backup', 'owner'] },
  ]);
});

test('no filter name is sent twice, whatever the tags repeat', () => {
  const filters = ec2Filters({
    tags: [
      { key: 'env', value: 'prod' },
      { key: 'env', value: 'prod' },
      { key: 'owner' },
      { key: 'owner' },
    ],
  });
  const names = filters.map((filter) => filter.Name);

  expect(names).toEqual([...new Set(names)]);
  expect(filters).toEqual([
    { Name: 'tag:env', Values: ['prod'] },
    { Name: 'tag-key', Values: ['owner'] },
  ]);
});

test('the same question asked in another order builds the same filters', () => {
  const one = ec2Filters({
    states: ['running', 'stopped'],
    tags: [{ key: 'b', value: '2' }, { key: 'a' }, { key: 'c', value: '1' }],
  });
  const other = ec2Filters({
    states: ['stopped', 'running'],
    tags: [{ key: 'c', value: '1' }, { key: 'a' }, { key: 'b', value: '2' }],
  });

  expect(other).toEqual(one);
});
