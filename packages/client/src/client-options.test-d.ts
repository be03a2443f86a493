import { createEc2Client } from './client.js';

// Never called: this file only has to typecheck, and each @ts-expect-error fails the
// typecheck if the line below it ever compiles.
export function clientOptions() {
  const url = 'http://localhost:3000';
  const roleArn = 'arn:aws:iam::123456789012:role/ec2-operator';

  createEc2Client({ url, token: 'a-token', assumeRole: { roleArn } });
  createEc2Client({
    url,
    token: async () => 'a-token',
    assumeRole: { roleArn, externalId: 'x' },
  });

  // @ts-expect-error a token is a string or a function returning one
  createEc2Client({ url, token: 42 });

  // @ts-expect-error a role to assume needs its ARN
  createEc2Client({ url, assumeRole: { externalId: 'x' } });
}
