import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

interface ErrorEntry {
  status: number;
  trpcCode: TRPC_ERROR_CODE_KEY;
  summary: string;
}

function entry(
  status: number,
  trpcCode: TRPC_ERROR_CODE_KEY,
  summary: string,
): ErrorEntry {
  return { status, trpcCode, summary };
}

/** Every error the API returns, with its HTTP status. */
export const apiErrors = {
  VALIDATION_FAILED: entry(400, 'BAD_REQUEST', 'A parameter is missing or invalid'),
  MISSING_CREDENTIALS: entry(
    400,
    'BAD_REQUEST',
    'AWS credentials are missing or invalid',
  ),
  AWS_KEYS_NOT_ACCEPTED: entry(
    400,
    'BAD_REQUEST',
    'The server uses its own AWS credentials and takes none from callers',
  ),
  INVALID_INSTANCE_ID: entry(
    400,
    'BAD_REQUEST',
    'EC2 rejected an instance id as malformed',
  ),
  INVALID_PARAMETER: entry(400, 'BAD_REQUEST', 'EC2 rejected a parameter'),
  API_TOKEN_MISSING: entry(401, 'UNAUTHORIZED', 'The request has no API token'),
  API_TOKEN_INVALID: entry(401, 'UNAUTHORIZED', 'The API token is not valid'),
  AWS_AUTH_FAILED: entry(401, 'UNAUTHORIZED', 'AWS did not accept the credentials'),
  AWS_UNAUTHORIZED: entry(403, 'FORBIDDEN', 'The credentials lack permission'),
  INSTANCE_NOT_FOUND: entry(404, 'NOT_FOUND', 'An instance does not exist in the region'),
  ROUTE_NOT_FOUND: entry(404, 'NOT_FOUND', 'No such route'),
  METHOD_NOT_ALLOWED: entry(
    405,
    'METHOD_NOT_SUPPORTED',
    'The route does not take this method',
  ),
  INCORRECT_INSTANCE_STATE: entry(409, 'CONFLICT', 'An instance is in the wrong state'),
  OPERATION_NOT_PERMITTED: entry(409, 'CONFLICT', 'EC2 does not permit the operation'),
  // 409 like stop protection: the request is well formed, the instance's launch settings
  // rule it out, and the same call succeeds on an instance configured for hibernation.
  HIBERNATION_UNSUPPORTED: entry(
    409,
    'CONFLICT',
    'An instance is not configured for hibernation',
  ),
  MALFORMED_REQUEST: entry(400, 'BAD_REQUEST', 'The request is not valid HTTP'),
  PAYLOAD_TOO_LARGE: entry(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large'),
  // Raised by Node's HTTP parser before any route, so never through tRPC.
  HEADERS_TOO_LARGE: entry(431, 'BAD_REQUEST', 'The request headers are too large'),
  UNSUPPORTED_MEDIA_TYPE: entry(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    'Unsupported content type',
  ),
  AWS_THROTTLED: entry(429, 'TOO_MANY_REQUESTS', 'EC2 throttled the requests'),
  RATE_LIMITED: entry(429, 'TOO_MANY_REQUESTS', 'Too many requests from this caller'),
  INTERNAL_ERROR: entry(500, 'INTERNAL_SERVER_ERROR', 'Unexpected server error'),
  AWS_ERROR: entry(502, 'BAD_GATEWAY', 'EC2 answered with an error'),
  AWS_UNREACHABLE: entry(502, 'BAD_GATEWAY', 'The EC2 endpoint could not be reached'),
  AWS_CAPACITY: entry(503, 'SERVICE_UNAVAILABLE', 'EC2 has no capacity for the request'),
  AWS_CREDENTIALS_UNAVAILABLE: entry(
    503,
    'SERVICE_UNAVAILABLE',
    'The server could not load its own AWS credentials',
  ),
  AWS_TIMEOUT: entry(504, 'GATEWAY_TIMEOUT', 'The EC2 endpoint did not answer in time'),
  WAIT_TIMED_OUT: entry(
    504,
    'GATEWAY_TIMEOUT',
    'An instance did not reach the requested state in time',
  ),
} as const satisfies Record<string, ErrorEntry>;

export type ApiErrorCode = keyof typeof apiErrors;

/** EC2 error codes and the API error each becomes; codes not listed are AWS_ERROR. */
export const awsErrorCodes: Readonly<Record<string, ApiErrorCode>> = {
  'InvalidInstanceID.Malformed': 'INVALID_INSTANCE_ID',
  InvalidParameterValue: 'INVALID_PARAMETER',
  InvalidParameterCombination: 'INVALID_PARAMETER',
  InvalidParameter: 'INVALID_PARAMETER',
  MissingParameter: 'INVALID_PARAMETER',
  UnknownParameter: 'INVALID_PARAMETER',
  UnsupportedHibernationConfiguration: 'HIBERNATION_UNSUPPORTED',
  'InvalidInstanceID.NotFound': 'INSTANCE_NOT_FOUND',
  IncorrectInstanceState: 'INCORRECT_INSTANCE_STATE',
  IncorrectState: 'INCORRECT_INSTANCE_STATE',
  OperationNotPermitted: 'OPERATION_NOT_PERMITTED',
  AuthFailure: 'AWS_AUTH_FAILED',
  InvalidClientTokenId: 'AWS_AUTH_FAILED',
  SignatureDoesNotMatch: 'AWS_AUTH_FAILED',
  IncompleteSignature: 'AWS_AUTH_FAILED',
  MissingAuthenticationToken: 'AWS_AUTH_FAILED',
  ExpiredToken: 'AWS_AUTH_FAILED',
  RequestExpired: 'AWS_AUTH_FAILED',
  UnauthorizedOperation: 'AWS_UNAUTHORIZED',
  // EC2 says UnauthorizedOperation, but other AWS APIs and EC2 emulators such as moto
  // deny with these codes; a denial is the caller's 403, not a fault upstream.
  AccessDenied: 'AWS_UNAUTHORIZED',
  AccessDeniedException: 'AWS_UNAUTHORIZED',
  OptInRequired: 'AWS_UNAUTHORIZED',
  RequestLimitExceeded: 'AWS_THROTTLED',
  Throttling: 'AWS_THROTTLED',
  ThrottlingException: 'AWS_THROTTLED',
  InsufficientInstanceCapacity: 'AWS_CAPACITY',
  InsufficientCapacity: 'AWS_CAPACITY',
  Unavailable: 'AWS_CAPACITY',
  ServiceUnavailable: 'AWS_CAPACITY',
};

/**
 * EC2 codes that blame particular instances: EC2 rejects a whole StartInstances or
 * StopInstances call for them, and the other instances of the call may still succeed.
 */
export const instanceErrorCodes: ReadonlySet<string> = new Set([
  'InvalidInstanceID.NotFound',
  'InvalidInstanceID.Malformed',
  'IncorrectInstanceState',
  'IncorrectState',
  'OperationNotPermitted',
  'UnsupportedOperation',
  'UnsupportedHibernationConfiguration',
  'InsufficientInstanceCapacity',
]);

// Node's network error codes for an endpoint that cannot be reached at all.
export const unreachableCodes: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);
