import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { expect, test } from 'vitest';

import { enabledRegions } from './list-regions.js';

function targetWith(regions: string[]) {
  const client = new EC2Client({ region: 'us-east-1' });
  const mock = mockClient(client);
  mock.on(DescribeRegionsCommand).resolves({
    Regions: regions.map((RegionName) => ({ RegionName })),
  });
  return { target: { client, region: 'us-east-1', secrets: [] }, mock };
}

test('enabled regions are asked once and remembered for five minutes', async () => {
  const { target, mock } = targetWith(['us-east-1', 'eu-west-1']);

  const first = await enabledRegions(target, 0);
  const again = await enabledRegions(target, 4 * 60_000);
  const later = await enabledRegions(target, 6 * 60_000);

  expect([first, again, later]).toEqual([
    ['us-east-1', 'eu-west-1'],
    ['us-east-1', 'eu-west-1'],
    ['us-east-1', 'eu-west-1'],
  ]);
  expect(mock.commandCalls(DescribeRegionsCommand)).toHaveLength(2);
});
