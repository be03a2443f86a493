export {
  type AssumeRole,
  type AwsCredentials,
  type CredentialsProvider,
  createEc2Client,
  type Ec2Client,
  type Ec2ClientOptions,
  type TokenProvider,
} from './client.js';
export * from './types.js';
