// Canaries as well as tokens: suites check that neither appears in any log or response.
export const opsToken = 'OpsTokenCanary-4f7c1e9a2b8d6035e1c7a9f3';
export const ciToken = 'CiTokenCanary-9b2e7d4c1a8f6053b7e2d9c4';

/** API_TOKENS naming two callers, `ops-team` and `ci`. */
export const apiTokens = `ops-team:${opsToken},ci:${ciToken}`;

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
