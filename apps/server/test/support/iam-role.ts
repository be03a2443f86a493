import { CreateRoleCommand, PutRolePolicyCommand } from '@aws-sdk/client-iam';

import { motoIam, policyAllowing } from './iam.js';

/**
 * An IAM role in moto that anyone may assume, whose one policy allows `actions`.
 * Create it before `enforceAuth()`: afterwards moto checks these calls too.
 */
export async function createRole(endpoint: string, name: string, actions: string[]) {
  const iam = motoIam(endpoint);
  const trust = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }],
  };

  try {
    const { Role } = await iam.send(
      new CreateRoleCommand({
        RoleName: name,
        AssumeRolePolicyDocument: JSON.stringify(trust),
      }),
    );
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: name,
        PolicyName: `${name}-policy`,
        PolicyDocument: policyAllowing(actions),
      }),
    );
    if (!Role?.Arn) throw new Error('moto created no role');
    return Role.Arn;
  } finally {
    iam.destroy();
  }
}
