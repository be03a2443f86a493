import type { SecurityGroup } from './instance.js';
import { derivedId } from './resource-ids.js';

export interface Network {
  readonly vpcId: string;
  readonly subnetId: string;
  readonly securityGroups: readonly SecurityGroup[];
}

const networks = new Map<string, Network>();

/** One default VPC per region and one subnet per zone, shared by all their instances. */
export function networkFor(region: string, availabilityZone: string): Network {
  const key = `${region}/${availabilityZone}`;
  const known = networks.get(key);
  if (known !== undefined) {
    return known;
  }

  const network: Network = {
    vpcId: derivedId('vpc', region),
    subnetId: derivedId('subnet', key),
    securityGroups: [{ groupId: derivedId('sg', region), groupName: 'default' }],
  };
  networks.set(key, network);

  return network;
}

function idBytes(instanceId: string): number[] {
  const hex = instanceId.slice(-12).padStart(12, '0');

  return [0, 2, 4, 6, 8, 10].map((offset) =>
    Number.parseInt(hex.slice(offset, offset + 2), 16),
  );
}

const PUBLIC_FIRST_OCTETS = [3, 18, 34, 52, 54];

/** Addresses derived from the instance id, so the same instance keeps the same ones. */
export function addressesFor(instanceId: string): {
  privateIp: string;
  publicIp: string;
} {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = idBytes(instanceId);
  const first = PUBLIC_FIRST_OCTETS[a % PUBLIC_FIRST_OCTETS.length];

  return {
    privateIp: `10.0.${e % 64}.${(f % 253) + 2}`,
    publicIp: `${first}.${b}.${c}.${(d % 253) + 1}`,
  };
}

export function privateDnsName(region: string, privateIp: string): string {
  const host = `ip-${privateIp.replaceAll('.', '-')}`;

  return region === 'us-east-1'
    ? `${host}.ec2.internal`
    : `${host}.${region}.compute.internal`;
}

export function publicDnsName(region: string, publicIp: string): string {
  const host = `ec2-${publicIp.replaceAll('.', '-')}`;

  return region === 'us-east-1'
    ? `${host}.compute-1.amazonaws.com`
    : `${host}.${region}.compute.amazonaws.com`;
}
