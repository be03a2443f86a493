import { expect, test } from 'vitest';

import { instanceIdSchema, instanceIdsSchema, regionSchema } from './common.js';
import { listInputSchema } from './list.js';
import { startInputSchema } from './state-change.js';

function messagesOf(result: { error?: { issues: { message: string }[] } | undefined }) {
  return result.error?.issues.map((issue) => issue.message);
}

function hexId(n: number, digits = 8): string {
  return `i-${n.toString(16).padStart(digits, '0')}`;
}

test.each([
  'us-east-1',
  'eu-central-2',
  'us-gov-west-1',
  'ap-southeast-5',
  'us-isob-east-1',
  'eu-isoe-west-1',
  'eusc-de-east-1',
  'cn-northwest-1',
])('region %s is accepted', (region) => {
  expect(regionSchema.parse(region)).toBe(region);
});

test.each([
  'US-EAST-1',
  'US-east-1',
  'us-east',
  '../etc',
  'us-east-1 ; rm',
  'us-east-1/../x',
  '',
])('region %j is rejected with the region message', (region) => {
  expect(messagesOf(regionSchema.safeParse(region))).toEqual([
    'must be an AWS region name such as us-east-1',
  ]);
});

test('instance ids with 8 or 17 lowercase hex digits are accepted', () => {
  expect(instanceIdSchema.parse('i-1234abcd')).toBe('i-1234abcd');
  expect(instanceIdSchema.parse('i-0123456789abcdef0')).toBe('i-0123456789abcdef0');
});

test('an instance id is trimmed of surrounding spaces', () => {
  expect(instanceIdSchema.parse('  i-1234abcd \t')).toBe('i-1234abcd');
});

test.each([
  'i-0123456789ABCDEF0',
  'i-123',
  'i-123456789',
  'i-0123456789abcdef01',
  'I-1234abcd',
  '1234abcd',
  'i-1234abcg',
])('instance id %j is rejected', (id) => {
  expect(messagesOf(instanceIdSchema.safeParse(id))).toEqual([
    'must be "i-" followed by 8 or 17 lowercase hex digits',
  ]);
});

test('instance ids are deduplicated after trimming, keeping first-seen order', () => {
  const ids = [
    'i-0123456789abcdef0',
    'i-1234abcd',
    ' i-0123456789abcdef0 ',
    'i-1234abcd',
  ];

  expect(instanceIdsSchema.parse(ids)).toEqual(['i-0123456789abcdef0', 'i-1234abcd']);
});

test('an empty instance id list is rejected', () => {
  expect(messagesOf(instanceIdsSchema.safeParse([]))).toEqual([
    'must name at least one instance',
  ]);
});

test('a list of 1000 instance ids is accepted and 1001 is rejected', () => {
  const thousand = Array.from({ length: 1000 }, (_, n) => hexId(n));

  expect(instanceIdsSchema.parse(thousand)).toHaveLength(1000);
  expect(messagesOf(instanceIdsSchema.safeParse([...thousand, hexId(1000)]))).toEqual([
    'must name at most 1000 instances',
  ]);
});

test('a bad id inside the list is reported at its index', () => {
  const result = instanceIdsSchema.safeParse(['i-1234abcd', 'i-123']);

  expect(result.error?.issues.map((issue) => issue.path)).toEqual([[1]]);
});

test('missing region and instance ids say "is required"', () => {
  expect(listInputSchema.safeParse({}).error?.issues).toMatchInlineSnapshot(`
    [
      {
        "code": "invalid_type",
        "expected": "string",
        "message": "is required",
        "path": [
          "region",
        ],
      },
    ]
  `);
  expect(startInputSchema.safeParse({}).error?.issues).toMatchInlineSnapshot(`
    [
      {
        "code": "invalid_type",
        "expected": "string",
        "message": "is required",
        "path": [
          "region",
        ],
      },
      {
        "code": "invalid_type",
        "expected": "array",
        "message": "is required",
        "path": [
          "instanceIds",
        ],
      },
    ]
  `);
});

test('a value of the wrong type keeps zod wording, not "is required"', () => {
  expect(messagesOf(regionSchema.safeParse(42))).toEqual([
    'Invalid input: expected string, received number',
  ]);
  expect(messagesOf(instanceIdsSchema.safeParse('i-1234abcd'))).toEqual([
    'Invalid input: expected array, received string',
  ]);
});
