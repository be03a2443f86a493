import { itemSet, type XmlNode } from '../ec2/xml.js';
import { XmlFragment } from '../ec2/xml-fragment.js';
import { contentXml } from '../ec2/xml-writer.js';
import { ACCOUNT_ID } from '../fleet/account.js';
import type { Instance, Phase, StateName } from '../fleet/instance.js';
import { phaseAt, STATE_CODES } from '../fleet/instance-state.js';
import { privateDnsName, publicDnsName } from '../fleet/network.js';

export function stateXml(state: StateName): XmlNode {
  return { code: STATE_CODES[state], name: state };
}

function optionalSet(entries: XmlNode[]): XmlNode | undefined {
  return entries.length === 0 ? undefined : itemSet(entries);
}

/** One `instancesSet` item as EC2 reports it in `phase`. */
export function instanceNode(instance: Instance, region: string, phase: Phase): XmlNode {
  const running = phase.state === 'running';
  const attached = phase.state !== 'terminated';

  return {
    instanceId: instance.instanceId,
    imageId: instance.imageId,
    instanceState: stateXml(phase.state),
    privateDnsName: attached ? privateDnsName(region, instance.privateIpAddress) : '',
    dnsName: running ? publicDnsName(region, instance.publicIpAddress) : '',
    reason: phase.transitionReason,
    keyName: instance.keyName,
    amiLaunchIndex: 0,
    instanceType: instance.instanceType,
    launchTime: new Date(instance.launchTime).toISOString(),
    placement: { availabilityZone: instance.availabilityZone, tenancy: 'default' },
    platform: instance.platform,
    monitoring: { state: 'disabled' },
    subnetId: attached ? instance.subnetId : undefined,
    vpcId: attached ? instance.vpcId : undefined,
    privateIpAddress: attached ? instance.privateIpAddress : undefined,
    ipAddress: running ? instance.publicIpAddress : undefined,
    groupSet: attached
      ? optionalSet(instance.securityGroups.map((group) => ({ ...group })))
      : undefined,
    stateReason: phase.reason === undefined ? undefined : { ...phase.reason },
    architecture: instance.architecture,
    rootDeviceType: 'ebs',
    rootDeviceName: '/dev/xvda',
    virtualizationType: 'hvm',
    tagSet: optionalSet(instance.tags.map((tag) => ({ ...tag }))),
    hibernationOptions: { configured: instance.hibernationConfigured },
    platformDetails: instance.platform === 'windows' ? 'Windows' : 'Linux/UNIX',
  };
}

export type InstanceRenderer = (instance: Instance) => XmlFragment;

/** One `instancesSet` item, rendered, as EC2 reports it at time `now`. */
export function instanceXml(
  instance: Instance,
  region: string,
  now: number,
): XmlFragment {
  return new XmlFragment(
    contentXml(instanceNode(instance, region, phaseAt(instance.lifecycle, now))),
  );
}

/** Adjacent instances launched together share one reservation, as in EC2's answer. */
export function reservationsXml(
  instances: readonly Instance[],
  render: InstanceRenderer,
): XmlNode[] {
  const reservations: { reservationId: string; items: XmlFragment[] }[] = [];

  for (const instance of instances) {
    const last = reservations.at(-1);
    if (last?.reservationId === instance.reservationId) {
      last.items.push(render(instance));
    } else {
      reservations.push({
        reservationId: instance.reservationId,
        items: [render(instance)],
      });
    }
  }

  return reservations.map(({ reservationId, items }) => ({
    reservationId,
    ownerId: ACCOUNT_ID,
    instancesSet: itemSet(items),
  }));
}
