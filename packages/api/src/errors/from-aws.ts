import { ApiError } from './api-error.js';
import { apiErrors, awsErrorCodes, unreachableCodes } from './catalogue.js';

export interface AwsCallScope {
  region: string;
  instanceIds?: readonly string[];
  /** Values that must never reach a message, such as the caller's AWS keys. */
  secrets: readonly (string | undefined)[];
}

interface AwsLikeError {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $fault?: unknown;
  $metadata?: { requestId?: string; httpStatusCode?: number };
}

const INSTANCE_ID_IN_TEXT = /\bi-[0-9a-f]{8,17}\b/g;

export function scrub(text: string, secrets: readonly (string | undefined)[]): string {
  // Longest first: a secret that contains another would otherwise leave its remainder.
  const ordered = secrets
    .filter((secret): secret is string => Boolean(secret))
    .sort((a, b) => b.length - a.length);

  let clean = text;
  for (const secret of ordered) clean = clean.split(secret).join('[redacted]');
  return clean;
}

function notFound(message: string, scope: AwsCallScope, base: ApiErrorBase): ApiError {
  const named = [...new Set(message.match(INSTANCE_ID_IN_TEXT) ?? [])];
  const asked = named.filter((id) => scope.instanceIds?.includes(id));
  // A call for one id of several that EC2 named together reports that id alone.
  const candidates = [asked, named, [...(scope.instanceIds ?? [])]];
  const instanceIds = candidates.find((ids) => ids.length > 0) ?? [];
  const text = `Instance ${listed(instanceIds)} not found in region ${scope.region}`;

  return new ApiError('INSTANCE_NOT_FOUND', text, { ...base, instanceIds });
}

const LISTED_IDS = 10;

// The message names a few ids; instanceIds carries them all, so a message stays readable.
function listed(ids: readonly string[]): string {
  if (ids.length <= LISTED_IDS) return ids.join(', ');
  return `${ids.slice(0, LISTED_IDS).join(', ')} and ${ids.length - LISTED_IDS} more`;
}

type ApiErrorBase = { awsCode: string; region: string; awsRequestId?: string };

function fromServiceError(error: AwsLikeError, scope: AwsCallScope): ApiError {
  const awsCode = String(error.name);
  const message = scrub(String(error.message ?? awsCode), scope.secrets);
  const requestId = error.$metadata?.requestId;
  const base: ApiErrorBase = { awsCode, region: scope.region };
  if (requestId) base.awsRequestId = requestId;

  const apiCode = awsErrorCodes[awsCode] ?? 'AWS_ERROR';
  if (apiCode === 'INSTANCE_NOT_FOUND') return notFound(message, scope, base);

  return new ApiError(apiCode, `${awsCode}: ${message}`, base);
}

/** Turns whatever an EC2 call threw into a catalogued API error. */
export function fromAwsError(error: unknown, scope: AwsCallScope): ApiError {
  if (error instanceof ApiError) return error;

  const candidate = (error ?? {}) as AwsLikeError;
  const region = scope.region;

  if (candidate.name === 'TimeoutError') {
    const text = `The EC2 endpoint for ${region} did not answer in time`;
    return new ApiError('AWS_TIMEOUT', text, { region });
  }
  if (typeof candidate.code === 'string' && unreachableCodes.has(candidate.code)) {
    const text = `The EC2 endpoint for ${region} could not be reached (${candidate.code})`;
    // A name nobody resolves is most often a misspelt region, such as us-esat-1.
    const hint =
      candidate.code === 'ENOTFOUND' ? `; check that ${region} is a region` : '';
    return new ApiError('AWS_UNREACHABLE', text + hint, { region });
  }
  // The server's credential chain found nothing: a fault of its setup, not of EC2.
  if (candidate.name === 'CredentialsProviderError') {
    const text = apiErrors.AWS_CREDENTIALS_UNAVAILABLE.summary;
    return new ApiError('AWS_CREDENTIALS_UNAVAILABLE', text, { region });
  }
  if (candidate.$metadata && typeof candidate.name === 'string' && candidate.$fault) {
    return fromServiceError(candidate, scope);
  }

  return new ApiError('AWS_ERROR', apiErrors.AWS_ERROR.summary, { region });
}
