/** Request headers that carry the caller's AWS credentials. */
export const credentialHeaders = {
  accessKeyId: 'x-aws-access-key-id',
  secretAccessKey: 'x-aws-secret-access-key',
  sessionToken: 'x-aws-session-token',
} as const;

/** Request headers that name a role for the server to assume with its own credentials. */
export const roleHeaders = {
  roleArn: 'x-aws-role-arn',
  externalId: 'x-aws-external-id',
} as const;
