export {
  createEc2ClientCache,
  type Ec2ClientCache,
  type Ec2ClientOptions,
} from './aws/client-cache.js';
export { toInstanceSummary } from './aws/to-instance-summary.js';
export {
  type ApiDependencies,
  type Context,
  credentialsFromHeaders,
  type RawCredentials,
} from './context.js';
export * from './errors/index.js';
export { credentialHeaders } from './protocol.js';
export { type AppRouter, appRouter } from './root.js';
export * from './schemas/index.js';
export * from './service/index.js';
