import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  IAMClient,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';

import { motoCredentials } from './ec2.js';

/** An IAM client to moto, with the keys moto accepts before `enforceAuth()`. */
export function motoIam(endpoint: string): IAMClient {
  return new IAMClient({ endpoint, region: 'us-east-1', credentials: motoCredentials });
}

/** A policy document that allows `actions` on every resource. */
export function policyAllowing(actions: string[]): string {
  const policy = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
  };
  return JSON.stringify(policy);
}

/**
 * An IAM user in moto whose one policy allows `actions`, and an access key for it.
 * Create it before `enforceAuth()`: afterwards moto checks these calls too.
 */
export async function createIamUser(endpoint: string, name: string, actions: string[]) {
  const iam = motoIam(endpoint);

  try {
    await iam.send(new CreateUserCommand({ UserName: name }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: name,
        PolicyName: `${name}-policy`,
        PolicyDocument: policyAllowing(actions),
      }),
    );
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: name }));
    if (!AccessKey?.AccessKeyId || !AccessKey.SecretAccessKey) {
      throw new Error('moto created no access key');
    }
    return {
      accessKeyId: AccessKey.AccessKeyId,
      secretAccessKey: AccessKey.SecretAccessKey,
    };
  } finally {
    iam.destroy();
  }
}
