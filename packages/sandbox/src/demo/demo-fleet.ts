import type { z } from 'zod';
import type { instanceSpecSchema } from '../fleet/fleet-spec.js';

type InstanceSpecInput = z.input<typeof instanceSpecSchema>;

/** Ids of the demo fleet, identical on every run. */
export const demoInstanceIds = {
  web1: 'i-0de3cf7de556b6141',
  web2: 'i-0ce12236a4b35286b',
  api1: 'i-0ba90cbf1f1081364',
  worker1: 'i-0bc155a5cc6f6b585',
  analytics1: 'i-0a08db62f37ce75f0',
  bastion: 'i-0a749064f7b6625eb',
  legacy1: 'i-0186360b13cd33bc5',
  windows1: 'i-0205f0e7f558c28cb',
  euWeb1: 'i-0ec13cf3cb8ea5a65',
  euWeb2: 'i-077228b4076000ea6',
  euDb1: 'i-05f6582064dbb4ffb',
  euBatch1: 'i-07d249f593bb9bbbd',
} as const;

const US_LINUX_AMI = 'ami-0a3c3a20c09d6f377';
const US_WINDOWS_AMI = 'ami-0b1c2d3e4f5a6b7c8';
const EU_LINUX_AMI = 'ami-0d64bb532e0502c46';
const WEB_RESERVATION = 'r-09361135bdedea5d4';

const usEast: InstanceSpecInput[] = [
  {
    region: 'us-east-1',
    instanceId: demoInstanceIds.web1,
    reservationId: WEB_RESERVATION,
    state: 'running',
    instanceType: 't3.micro',
    imageId: US_LINUX_AMI,
    keyName: 'demo-key',
    availabilityZone: 'us-east-1a',
    tags: { Name: 'web-1', env: 'prod', team: 'web' },
    launchTime: '2024-03-04T08:15:00.000Z',
  },
  {
    region: 'us-east-1',
    instanceId: demoInstanceIds.web2,
    reservationId: WEB_RESERVATION,
    state: 'running',
    instanceType: 't3.micro',
    imageId: US_LINUX_AMI,
    keyName: 'demo-key',
    availabilityZone: 'us-east-1b',
    tags: { Name: 'web-2', env: 'prod', team: 'web' },
    launchTime: '2024-03-04T08:15:00.000Z',
  },
  {
    region: 'us-east-1',
    instanceId: demoInstanceIds.api1,
    state: 'running',
    instanceType: 'm5.large',
    imageId: US_LINUX_AMI,
    keyName: 'demo-key',
    availabilityZone: 'us-east-1a',
    tags: { Name: 'api-1', env: 'prod', team: 'platform' },
    launchTime: '2024-02-11T14:02:37.000Z',
  },
  {
    region: 'us-east-1',
    instanceId: demoInstanceIds.worker1,
    state: 'stopped',
    instanceType: 'c5.xlarge',
    imageId: US_LINUX_AMI,
    keyName: 'demo-key',
    availabilityZone: 'us-east-1c',
    tags: { Name: 'worker-1', env: 'staging', team: 'data' },
    launchTime: '2024-01-22T06:45:10.000Z',
  },
  {
    region: 'us-east-1',
    instanceId: demoInstanceIds.analytics1,
    state: 'running',
    instanceType: 'm5.large',
    imageId: US_LINUX_AMI,
    keyName: 'demo-key',
    availabilityZone: 'us-east-1b',
    tags: { Name: 'analytics-1', env: 'dev', team: 'data' },
    hibernation: true,
    launchTime: '2024-03-01T10:00:00.000Z',
  },
  {
    region: 'us-east-1',
    instanceId: demoInstanceIds.bastion,
    state: 'running',
    instanceType: 't3.nano',
    imageId: US_LINUX_AMI,
    availabilityZone: 'us-east-1a',
    tags: { Name: 'bastion', env: 'prod', team: 'ops' },
    launchTime: '2023-11-30T19:20:00.000Z',
  },
  {
    region: 'us-east-1',
    instanceId: demoInstanceIds.legacy1,
    state: 'terminated',
    instanceType: 't2.micro',
    imageId: US_LINUX_AMI,
    keyName: 'demo-key',
    availabilityZone: 'us-east-1c',
    tags: { Name: 'legacy-1', env: 'dev', team: 'platform' },
    launchTime: '2023-09-12T12:00:00.000Z',
  },
  {
    region: 'us-east-1',
    instanceId: demoInstanceIds.windows1,
    state: 'running',
    instanceType: 'm5.xlarge',
    imageId: US_WINDOWS_AMI,
    keyName: 'demo-key',
    availabilityZone: 'us-east-1a',
    tags: { Name: 'win-build-1', env: 'staging', team: 'it' },
    platform: 'windows',
    launchTime: '2024-02-28T16:40:00.000Z',
  },
];

const euWest: InstanceSpecInput[] = [
  {
    region: 'eu-west-1',
    instanceId: demoInstanceIds.euWeb1,
    state: 'running',
    instanceType: 't3.small',
    imageId: EU_LINUX_AMI,
    keyName: 'demo-key-eu',
    availabilityZone: 'eu-west-1a',
    tags: { Name: 'eu-web-1', env: 'prod', team: 'web' },
    launchTime: '2024-03-02T07:30:00.000Z',
  },
  {
    region: 'eu-west-1',
    instanceId: demoInstanceIds.euWeb2,
    state: 'stopped',
    instanceType: 't3.small',
    imageId: EU_LINUX_AMI,
    keyName: 'demo-key-eu',
    availabilityZone: 'eu-west-1b',
    tags: { Name: 'eu-web-2', env: 'staging', team: 'web' },
    launchTime: '2024-03-02T07:30:00.000Z',
  },
  {
    region: 'eu-west-1',
    instanceId: demoInstanceIds.euDb1,
    state: 'running',
    instanceType: 'r5.large',
    imageId: EU_LINUX_AMI,
    keyName: 'demo-key-eu',
    availabilityZone: 'eu-west-1c',
    tags: { Name: 'eu-db-1', env: 'prod', team: 'data' },
    launchTime: '2023-12-05T09:12:44.000Z',
  },
  {
    region: 'eu-west-1',
    instanceId: demoInstanceIds.euBatch1,
    state: 'stopped',
    instanceType: 'c5.2xlarge',
    imageId: EU_LINUX_AMI,
    keyName: 'demo-key-eu',
    availabilityZone: 'eu-west-1a',
    tags: { Name: 'eu-batch-1', env: 'dev', team: 'data' },
    architecture: 'x86_64',
    launchTime: '2024-01-08T22:05:00.000Z',
  },
];

/** A dozen instances in us-east-1 and eu-west-1, in the format `loadFleet` accepts. */
export const demoFleet: { instances: InstanceSpecInput[] } = {
  instances: [...usEast, ...euWest],
};
