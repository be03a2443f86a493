export {
  type AwsIdentity,
  createEc2ClientCache,
  type Ec2ClientCache,
  type Ec2ClientOptions,
  type ServerIdentity,
} from './aws/client-cache.js';
export { toInstanceSummary } from './aws/to-instance-summary.js';
export { keyFingerprint } from './aws-procedure.js';
export {
  type ApiDependencies,
  type ApiLogger,
  type Context,
  credentialsFromHeaders,
  type RawCredentials,
} from './context.js';
export * from './errors/index.js';
export { credentialHeaders, roleHeaders } from './protocol.js';
export { type AppRouter, appRouter, type StreamRouter, streamRouter } from './root.js';
export * from './schemas/index.js';
export * from './service/index.js';
