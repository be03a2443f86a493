import { ApiError, type StartInput, type StopInput } from '@ec2-control/api';

import { firstOf, instanceIdsOf, regionOf } from './params.js';

type Params = Record<string, unknown>;

const FLAG_RULE = 'must be true, false, 1 or 0';

// Python callers write str(True), so case does not matter.
const TRUE = /^(true|1)$/i;
const FALSE = /^(false|0)$/i;

/** A query or form flag arrives as text; a JSON body may send a real boolean. */
function flagOf(params: Params, name: string, alias?: string): unknown {
  const value = firstOf(params, alias ? [name, alias] : [name]);
  if (typeof value !== 'string') return value;

  if (TRUE.test(value.trim())) return true;
  if (FALSE.test(value.trim())) return false;
  throw new ApiError('VALIDATION_FAILED', `${name} ${FLAG_RULE}`, {
    issues: [{ path: name, message: FLAG_RULE }],
  });
}

// Query strings and forms carry text; the schema names anything that is not a number.
function secondsOf(params: Params): unknown {
  const value = firstOf(params, ['wait_timeout_seconds', 'waitTimeoutSeconds']);
  return typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value)
    ? Number(value)
    : value;
}

function given(input: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  );
}

/** The start procedure's input from REST parameters; the procedure validates it. */
export function startInputOf(params: Params): StartInput {
  return given({
    region: regionOf(params),
    instanceIds: instanceIdsOf(params),
    dryRun: flagOf(params, 'dry_run', 'dryRun'),
    wait: flagOf(params, 'wait'),
    waitTimeoutSeconds: secondsOf(params),
  }) as StartInput;
}

/** The stop procedure's input from REST parameters; the procedure validates it. */
export function stopInputOf(params: Params): StopInput {
  return given({
    ...startInputOf(params),
    hibernate: flagOf(params, 'hibernate'),
    hibernateFallback: flagOf(params, 'hibernate_fallback', 'hibernateFallback'),
    force: flagOf(params, 'force'),
  }) as StopInput;
}
