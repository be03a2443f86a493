import type { Instance } from '@aws-sdk/client-ec2';

import type { InstanceState, InstanceSummary } from '../schemas/instance.js';

function tagsOf(instance: Instance): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const tag of instance.Tags ?? []) {
    if (tag.Key !== undefined) tags[tag.Key] = tag.Value ?? '';
  }
  return tags;
}

export function toInstanceSummary(instance: Instance, region: string): InstanceSummary {
  const tags = tagsOf(instance);
  const groups = instance.SecurityGroups ?? [];

  return {
    id: instance.InstanceId ?? '',
    region,
    name: tags.Name ?? null,
    state: (instance.State?.Name as InstanceState | undefined) ?? null,
    type: instance.InstanceType ?? null,
    availabilityZone: instance.Placement?.AvailabilityZone ?? null,
    privateIp: instance.PrivateIpAddress || null,
    publicIp: instance.PublicIpAddress || null,
    keyName: instance.KeyName || null,
    imageId: instance.ImageId ?? null,
    vpcId: instance.VpcId || null,
    subnetId: instance.SubnetId || null,
    securityGroupIds: groups.flatMap((group) => (group.GroupId ? [group.GroupId] : [])),
    launchTime: instance.LaunchTime?.toISOString() ?? null,
    platform: instance.Platform ?? null,
    tags,
  };
}
