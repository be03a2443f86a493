import { expect, test } from 'vitest';
import { QueryParams } from './query-params.js';

test('lists follow numeric index order, not text order', () => {
  const params = QueryParams.parse('InstanceId.10=ten&InstanceId.2=two&InstanceId.1=one');

  expect(params.list('InstanceId')).toEqual(['one', 'two', 'ten']);
});

test('members group the fields of each indexed structure', () => {
  const params = QueryParams.parse(
    'Filter.2.Name=tag%3Aenv&Filter.2.Value.1=prod&Filter.1.Name=instance-type' +
      '&Filter.1.Value.2=t3.micro&Filter.1.Value.1=m5.large',
  );
  const filters = params.members('Filter').map((member) => ({
    name: member.string('Name'),
    values: member.list('Value'),
  }));

  expect(filters).toEqual([
    { name: 'instance-type', values: ['m5.large', 't3.micro'] },
    { name: 'tag:env', values: ['prod'] },
  ]);
});

test('a list prefix does not match a longer parameter name', () => {
  const params = QueryParams.parse('InstanceIdX.1=a&InstanceId.1=b');

  expect(params.list('InstanceId')).toEqual(['b']);
});

test('form encoding turns plus signs into spaces', () => {
  expect(
    QueryParams.parse('Tag.1.Value=a+b%2Bc').members('Tag')[0]?.string('Value'),
  ).toBe('a b+c');
});

test('a non-integer where an integer belongs is an InvalidParameterValue', () => {
  expect(() => QueryParams.parse('MaxResults=ten').integer('MaxResults')).toThrow(
    expect.objectContaining({ code: 'InvalidParameterValue' }),
  );
});
