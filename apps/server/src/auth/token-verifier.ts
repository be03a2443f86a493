import { createHash, timingSafeEqual } from 'node:crypto';

import type { ApiToken } from '../config-lists.js';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * Names the configured token a request presented. Digests have one length whatever the
 * token's, and every token is compared, so the time taken tells nothing about either.
 */
export function createTokenVerifier(tokens: readonly ApiToken[]) {
  const known = tokens.map(({ name, token }) => ({ name, digest: digest(token) }));

  return function nameOf(presented: string): string | undefined {
    const presentedDigest = digest(presented);
    let match: string | undefined;

    for (const entry of known) {
      if (timingSafeEqual(entry.digest, presentedDigest)) match = entry.name;
    }
    return match;
  };
}
