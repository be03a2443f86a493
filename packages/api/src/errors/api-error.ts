import { TRPCError } from '@trpc/server';

import type { StateChange } from '../schemas/state-change.js';
import { type ApiErrorCode, apiErrors } from './catalogue.js';

export interface ApiErrorDetails {
  awsCode?: string;
  awsRequestId?: string;
  region?: string;
  instanceIds?: string[];
  issues?: { path: string; message: string }[];
  /** Every instance's result, when a start or stop failed for all of them. */
  instances?: StateChange[];
}

/** An error with a catalogue code; tRPC and REST both render it from these fields. */
export class ApiError extends TRPCError {
  readonly apiCode: ApiErrorCode;
  readonly details: ApiErrorDetails;

  constructor(
    apiCode: ApiErrorCode,
    message: string,
    details: ApiErrorDetails = {},
    cause?: unknown,
  ) {
    super({ code: apiErrors[apiCode].trpcCode, message, cause });
    // The server's tRPC adapter can load another copy of @trpc/server than this package
    // (pnpm installs one per set of peers, and the server's has fastify). Across copies
    // tRPC knows its errors by this name only, and wraps any other as a 500.
    this.name = 'TRPCError';
    this.apiCode = apiCode;
    this.details = details;
  }

  get status(): number {
    return apiErrors[this.apiCode].status;
  }
}
