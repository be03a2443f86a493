import type { Instance } from '@aws-sdk/client-ec2';
import { expect, test } from 'vitest';

import { instanceSummarySchema } from '../schemas/instance.js';
import { toInstanceSummary } from './to-instance-summary.js';

const full: Instance = {
  InstanceId: 'i-0123456789abcdef0',
  State: { Name: 'running', Code: 16 },
  InstanceType: 't3.micro',
  Placement: { AvailabilityZone: 'eu-west-1a' },
  PrivateIpAddress: '10.0.1.15',
  PublicIpAddress: '203.0.113.7',
  KeyName: 'deploy',
  ImageId: 'ami-0abcdef1234567890',
  VpcId: 'vpc-0a1b2c3d',
  SubnetId: 'subnet-0a1b2c3d',
  SecurityGroups: [{ GroupId: 'sg-0001', GroupName: 'web' }, { GroupName: 'no-id' }],
  LaunchTime: new Date('2024-05-01T12:30:00Z'),
  Platform: 'Windows',
  Tags: [
    { Key: 'Name', Value: 'web-1' },
    { Key: 'team', Value: 'platform' },
    { Key: 'empty' },
    { Value: 'keyless' },
  ],
};

test('a full instance maps every field', () => {
  expect(toInstanceSummary(full, 'eu-west-1')).toMatchInlineSnapshot(`
    {
      "availabilityZone": "eu-west-1a",
      "id": "i-0123456789abcdef0",
      "imageId": "ami-0abcdef1234567890",
      "keyName": "deploy",
      "launchTime": "2024-05-01T12:30:00.000Z",
      "name": "web-1",
      "platform": "Windows",
      "privateIp": "10.0.1.15",
      "publicIp": "203.0.113.7",
      "region": "eu-west-1",
      "securityGroupIds": [
        "sg-0001",
      ],
      "state": "running",
      "subnetId": "subnet-0a1b2c3d",
      "tags": {
        "Name": "web-1",
        "empty": "",
        "team": "platform",
      },
      "type": "t3.micro",
      "vpcId": "vpc-0a1b2c3d",
    }
  `);
});

test('a bare instance maps to nulls and empty collections without throwing', () => {
  const summary = toInstanceSummary({ InstanceId: 'i-1234abcd' }, 'us-east-1');

  expect(summary).toMatchInlineSnapshot(`
    {
      "availabilityZone": null,
      "id": "i-1234abcd",
      "imageId": null,
      "keyName": null,
      "launchTime": null,
      "name": null,
      "platform": null,
      "privateIp": null,
      "publicIp": null,
      "region": "us-east-1",
      "securityGroupIds": [],
      "state": null,
      "subnetId": null,
      "tags": {},
      "type": null,
      "vpcId": null,
    }
  `);
});

test('empty strings from AWS for key pair, IPs, VPC and subnet become null', () => {
  const summary = toInstanceSummary(
    {
      InstanceId: 'i-1234abcd',
      KeyName: '',
      PrivateIpAddress: '',
      PublicIpAddress: '',
      VpcId: '',
      SubnetId: '',
    },
    'us-east-1',
  );

  expect(summary).toMatchObject({
    keyName: null,
    privateIp: null,
    publicIp: null,
    vpcId: null,
    subnetId: null,
  });
});

test('the summaries satisfy the output schema', () => {
  expect(
    instanceSummarySchema.safeParse(toInstanceSummary(full, 'eu-west-1')).success,
  ).toBe(true);
  expect(
    instanceSummarySchema.safeParse(toInstanceSummary({}, 'eu-west-1')).success,
  ).toBe(true);
});
