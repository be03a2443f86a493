import { expect } from 'vitest';

import { notFoundResult } from './instance-results.js';

// Whole REST error bodies that suites against moto and the sandbox both expect.

/** A start or stop of one instance EC2 has never seen in us-east-1: a 404. */
export function notFoundError(id: string, requestId: string | null) {
  return {
    code: 'INSTANCE_NOT_FOUND',
    status: 404,
    message: `Instance ${id} not found in region us-east-1`,
    requestId,
    awsCode: 'InvalidInstanceID.NotFound',
    awsRequestId: expect.stringMatching(/\S/),
    region: 'us-east-1',
    instanceIds: [id],
    instances: [notFoundResult(id)],
  };
}

/** Keys EC2 does not accept in us-east-1: a 401. */
export function authFailedError(requestId: string | null) {
  return {
    code: 'AWS_AUTH_FAILED',
    status: 401,
    message: 'AuthFailure: AWS was not able to validate the provided access credentials',
    requestId,
    awsCode: 'AuthFailure',
    awsRequestId: expect.stringMatching(/\S/),
    region: 'us-east-1',
  };
}
