import { unauthorizedOperation } from '../ec2/errors.js';
import { encodeAuthorizationMessage } from './authorization-message.js';
import type { Caller } from './key-pair.js';

export function assertAllowed(caller: Caller, action: string): void {
  const { allow, accessKeyId } = caller.keyPair;
  if (allow === undefined || allow.includes(action)) {
    return;
  }

  throw unauthorizedOperation(
    encodeAuthorizationMessage({ accessKeyId, action, region: caller.region }),
  );
}
