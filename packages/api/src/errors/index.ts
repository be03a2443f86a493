export { ApiError, type ApiErrorDetails } from './api-error.js';
export { type ApiErrorCode, apiErrors, awsErrorCodes } from './catalogue.js';
export { describeError, type ErrorView } from './describe.js';
export { type AwsCallScope, fromAwsError, scrub } from './from-aws.js';
