/** Request headers that carry the caller's AWS credentials. */
export const credentialHeaders = {
  accessKeyId: 'x-aws-access-key-id',
  secretAccessKey: 'x-aws-secret-access-key',
  sessionToken: 'x-aws-session-token',
} as const;
