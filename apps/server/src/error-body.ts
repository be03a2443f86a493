import type { ErrorView } from '@ec2-control/api';
import type { FastifyBaseLogger } from 'fastify';

export function errorBody(view: ErrorView, requestId: string) {
  const { apiCode, status, message, ...details } = view;
  return { error: { code: apiCode, status, message, requestId, ...details } };
}

/** One line per failed call: AWS's request id ties it to CloudTrail. */
export function logFailure(log: FastifyBaseLogger, view: ErrorView) {
  const { apiCode, status, awsCode, awsRequestId, region } = view;
  const fields = { apiCode, status, awsCode, awsRequestId, region };

  if (status >= 500) log.error(fields, view.message);
  else log.info(fields, view.message);
}
