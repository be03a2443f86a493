export {
  type AwsCredentials,
  type CredentialsProvider,
  createEc2Client,
  type Ec2Client,
  type Ec2ClientOptions,
} from './client.js';
export * from './types.js';
