import {
  DescribeInstancesCommand,
  type DescribeInstancesCommandOutput,
  EC2ServiceException,
} from '@aws-sdk/client-ec2';
import { expect, test } from 'vitest';

import { mockedEc2 } from '../../test/support/mocked-ec2.js';
import { ApiError } from '../errors/api-error.js';
import { listInstances } from './list-instances.js';

const { ec2, target } = mockedEc2('eu-west-1');

function page(ids: string[], nextToken?: string): DescribeInstancesCommandOutput {
  return {
    $metadata: {},
    Reservations: [{ Instances: ids.map((id) => ({ InstanceId: id })) }],
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}

test('every DescribeInstances page is collected, following NextToken', async () => {
  const pages: Record<string, DescribeInstancesCommandOutput> = {
    first: page(['i-00000001', 'i-00000002'], 'token-2'),
    'token-2': page(['i-00000003'], 'token-3'),
    'token-3': page(['i-00000004']),
  };
  // The paginator reuses one input object, so each request is copied as it is sent.
  const requests: unknown[] = [];
  ec2.on(DescribeInstancesCommand).callsFake(function answerPage(input) {
    requests.push({ ...input });
    return pages[input.NextToken ?? 'first'];
  });

  const instances = await listInstances(target, { pageSize: 50 });

  expect(instances.map((instance) => instance.id)).toEqual([
    'i-00000001',
    'i-00000002',
    'i-00000003',
    'i-00000004',
  ]);
  expect(instances.every((instance) => instance.region === 'eu-west-1')).toBe(true);
  expect(requests).toEqual([
    { MaxResults: 50 },
    { MaxResults: 50, NextToken: 'token-2' },
    { MaxResults: 50, NextToken: 'token-3' },
  ]);
});

test('instances of every reservation in a page are listed', async () => {
  ec2.on(DescribeInstancesCommand).resolves({
    $metadata: {},
    Reservations: [
      { Instances: [{ InstanceId: 'i-0000000a' }, { InstanceId: 'i-0000000b' }] },
      { Instances: [{ InstanceId: 'i-0000000c' }] },
      {},
    ],
  });

  const instances = await listInstances(target);

  expect(instances.map((instance) => instance.id)).toEqual([
    'i-0000000a',
    'i-0000000b',
    'i-0000000c',
  ]);
});

test('the page size defaults to 1000 as MaxResults', async () => {
  ec2.on(DescribeInstancesCommand).resolves({ $metadata: {} });

  expect(await listInstances(target)).toEqual([]);
  expect(ec2.commandCalls(DescribeInstancesCommand)[0]?.args[0].input).toEqual({
    MaxResults: 1000,
  });
});

test('a failing page becomes an ApiError with the secrets scrubbed', async () => {
  ec2
    .on(DescribeInstancesCommand)
    .resolves(page(['i-00000001'], 'token-2'))
    .on(DescribeInstancesCommand, { NextToken: 'token-2' })
    .rejects(
      new EC2ServiceException({
        name: 'AuthFailure',
        $fault: 'client',
        $metadata: { requestId: 'req-42', httpStatusCode: 401 },
        message: 'Credential AKIATEST is not valid',
      }),
    );

  const error = await listInstances(target).catch((caught: unknown) => caught);

  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({
    apiCode: 'AWS_AUTH_FAILED',
    message: 'AuthFailure: Credential [redacted] is not valid',
    details: { awsRequestId: 'req-42', region: 'eu-west-1' },
  });
});
