import { DescribeInstancesCommand, paginateDescribeInstances } from '@aws-sdk/client-ec2';
import { expect, test } from 'vitest';
import { rejection } from '../support/sandbox.js';
import { FLEET, TWELVE } from './fleet.js';
import { type CurrentHarness, instancesOf } from './harness.js';

export function pagingScenarios(current: CurrentHarness): void {
  // Moto counts MaxResults in reservations and the sandbox in instances; with one
  // instance per reservation both must answer the same pages.
  test('the paginator lists twelve instances five at a time, each once', async () => {
    const { target, ec2 } = current();
    const ids = Object.values(await target.seed(TWELVE));

    const pages: string[][] = [];
    for await (const page of paginateDescribeInstances(
      { client: ec2, pageSize: 5 },
      {},
    )) {
      pages.push(instancesOf(page).map((instance) => instance.InstanceId ?? ''));
    }

    expect(pages.map((page) => page.length)).toEqual([5, 5, 2]);
    expect(pages.flat().sort()).toEqual(ids.sort());
  });

  test('InstanceIds with MaxResults is an InvalidParameterCombination', async () => {
    const { target, ec2 } = current();
    const { web } = await target.seed(FLEET);

    const error = await rejection(
      ec2.send(new DescribeInstancesCommand({ InstanceIds: [web], MaxResults: 5 })),
    );

    expect(error).toMatchObject({
      name: 'InvalidParameterCombination',
      message: 'The parameter instancesSet cannot be used with the parameter maxResults',
      $metadata: { httpStatusCode: 400 },
    });
  });
}
