import { DescribeRegionsCommand, type EC2Client } from '@aws-sdk/client-ec2';

import { callEc2, type Ec2Target } from './ec2-target.js';

// An account's enabled regions change only when someone opts a region in or out. Asking
// on every all-regions listing would put one more round trip before any region is read.
const ENABLED_REGIONS_TTL_MS = 5 * 60_000;

const remembered = new WeakMap<EC2Client, { regions: string[]; expires: number }>();

async function describeRegions(target: Ec2Target): Promise<string[]> {
  const command = new DescribeRegionsCommand({});
  const output = await callEc2(target, undefined, () => target.client.send(command));

  return (output.Regions ?? []).flatMap((region) =>
    region.RegionName ? [region.RegionName] : [],
  );
}

/** Regions enabled for the caller's account, as the target region's EC2 lists them. */
export async function enabledRegions(
  target: Ec2Target,
  now = Date.now(),
): Promise<string[]> {
  const known = remembered.get(target.client);
  if (known && known.expires > now) return known.regions;

  const regions = await describeRegions(target);
  remembered.set(target.client, { regions, expires: now + ENABLED_REGIONS_TTL_MS });
  return regions;
}
