import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';

import { callEc2, type Ec2Target } from './ec2-target.js';

/** Regions enabled for the caller's account, as the target region's EC2 lists them. */
export async function enabledRegions(target: Ec2Target): Promise<string[]> {
  const command = new DescribeRegionsCommand({});
  const output = await callEc2(target, undefined, () => target.client.send(command));

  return (output.Regions ?? []).flatMap((region) =>
    region.RegionName ? [region.RegionName] : [],
  );
}
