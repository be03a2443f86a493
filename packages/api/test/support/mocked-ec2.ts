import { EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach } from 'vitest';

import type { Ec2Target } from '../../src/service/ec2-target.js';

export const testCredentials = {
  accessKeyId: 'AKIATEST',
  secretAccessKey: 'test-secret',
};

/**
 * An EC2 client in `region` whose calls the test answers, its answers cleared before
 * each test, and the target the service functions take for it.
 */
export function mockedEc2(region: string) {
  const client = new EC2Client({ region, credentials: testCredentials });
  const ec2 = mockClient(client);
  const target: Ec2Target = {
    client,
    region,
    secrets: [testCredentials.accessKeyId, testCredentials.secretAccessKey],
  };

  beforeEach(() => {
    ec2.reset();
  });

  return { ec2, target };
}
