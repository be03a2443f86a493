import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';

import { ApiError, type ApiErrorDetails } from './api-error.js';
import { type ApiErrorCode, apiErrors } from './catalogue.js';

/** What any error looks like to a caller, whichever adapter renders it. */
export interface ErrorView extends ApiErrorDetails {
  apiCode: ApiErrorCode;
  status: number;
  message: string;
}

const fromTrpcCode: Partial<Record<TRPCError['code'], ApiErrorCode>> = {
  BAD_REQUEST: 'VALIDATION_FAILED',
  PARSE_ERROR: 'VALIDATION_FAILED',
  NOT_FOUND: 'ROUTE_NOT_FOUND',
  METHOD_NOT_SUPPORTED: 'METHOD_NOT_ALLOWED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

// Errors the adapter raises (unknown procedure, unparsable input) come from its own copy
// of @trpc/server, which fails instanceof against this one; see ApiError.
function isTrpcError(error: unknown): error is TRPCError {
  return (
    error instanceof TRPCError || (error instanceof Error && error.name === 'TRPCError')
  );
}

type Issue = { path: string; message: string };

function pathText(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(input)';
}

// A misspelt field would otherwise be dropped silently, and a list widened to the whole
// fleet; each unknown name is reported as an issue of its own.
function issuesOf(error: ZodError): Issue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: pathText([...issue.path, key]),
          message: 'is not a known parameter',
        }))
      : [{ path: pathText(issue.path), message: issue.message }],
  );
}

export function validationView(error: ZodError): ErrorView {
  const issues = issuesOf(error);
  const text = issues.map((issue) => `${issue.path} ${issue.message}`).join('; ');

  return { apiCode: 'VALIDATION_FAILED', status: 400, message: text, issues };
}

function view(apiCode: ApiErrorCode, message: string): ErrorView {
  return { apiCode, status: apiErrors[apiCode].status, message };
}

export function describeError(error: unknown): ErrorView {
  if (error instanceof ApiError) {
    return {
      ...error.details,
      apiCode: error.apiCode,
      status: error.status,
      message: error.message,
    };
  }
  if (error instanceof ZodError) return validationView(error);
  if (!isTrpcError(error))
    return view('INTERNAL_ERROR', apiErrors.INTERNAL_ERROR.summary);

  if (error.cause instanceof ApiError || error.cause instanceof ZodError) {
    return describeError(error.cause);
  }

  const apiCode = fromTrpcCode[error.code];
  // Messages of unexpected failures can carry internals; callers get the summary only.
  return apiCode
    ? view(apiCode, error.message)
    : view('INTERNAL_ERROR', apiErrors.INTERNAL_ERROR.summary);
}
