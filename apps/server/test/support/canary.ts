import { expect } from 'vitest';

import { type HttpCall, type HttpResult, http } from './http.js';
import { ciToken, opsToken } from './tokens.js';

// Valid in shape, so requests get as far as EC2; '/' and '+' make their URL-encoded
// forms differ from the raw ones, and both are looked for.
export const canary = {
  accessKeyId: 'AKIACANARY4A7Q2Z9W1X',
  secretAccessKey: 'CanarySecret/7f3a+Q9xZ2/Lm8+Kp4Rt6Yw0Vb1N',
  sessionToken: 'CanaryToken/Fw9Eq+2Lz8Xk4Mv/Pn6Rt1Yb3Hc5Js7Gd0',
};

/** The canary keys as the original service's parameters. */
export const canaryParams = {
  aws_access_key_id: canary.accessKeyId,
  aws_secret_access_key: canary.secretAccessKey,
  aws_session_token: canary.sessionToken,
};

/** The canary keys as the headers the typed client sends. */
export const canaryHeaders = {
  'x-aws-access-key-id': canary.accessKeyId,
  'x-aws-secret-access-key': canary.secretAccessKey,
  'x-aws-session-token': canary.sessionToken,
};

/** An external id for a role to assume: not a secret to AWS, but kept out all the same. */
export const canaryExternalId = 'CanaryExternal/3Kq9+Wz7Lm2Xp5Rt8';

/** A bearer token no server is configured with, a canary like the configured ones. */
export const wrongToken = 'WrongTokenCanary-0d3f8a6c2e9b7145d0f8a3c6';

const secrets = [
  ...Object.values(canary),
  canaryExternalId,
  opsToken,
  ciToken,
  wrongToken,
];

// The whole value, its URL encoding, and a piece from its middle to catch truncation.
const leakForms = secrets.flatMap((value) => [
  value,
  encodeURIComponent(value),
  value.slice(6, 18),
]);

/** The forms of any canary secret or API token that `text` holds. */
export function leaksIn(text: string): string[] {
  return leakForms.filter((form) => text.includes(form));
}

/** Sends each call in turn and returns its response keyed by label. */
export async function sendAll(url: string, calls: Record<string, [string, HttpCall]>) {
  const results: Record<string, HttpResult> = {};
  for (const [label, [path, call]] of Object.entries(calls)) {
    results[label] = await http(url, path, call);
  }
  return results;
}

export function statusesOf(results: Record<string, HttpResult>) {
  return Object.fromEntries(Object.entries(results).map(([k, r]) => [k, r.status]));
}

/**
 * No canary in any log line, response body or response header. Every request must show
 * in the logs by its id, so an empty or dead log stream fails too.
 */
export function expectNoLeaks(
  logs: readonly string[],
  results: Record<string, HttpResult>,
) {
  const requestIds = Object.values(results).map((r) => r.headers.get('x-request-id'));

  const logText = logs.join('\n');
  expect(logs.length).toBeGreaterThan(requestIds.length);
  for (const id of requestIds) {
    expect(id).toMatch(/\S/);
    expect(logText).toContain(id ?? 'x-request-id');
  }

  const loggedLeaks = logs.filter((line) => leaksIn(line).length > 0);
  const responseLeaks = Object.entries(results)
    .map(([label, r]) => ({
      label,
      leaks: leaksIn(r.text + JSON.stringify([...r.headers])),
    }))
    .filter((entry) => entry.leaks.length > 0);
  expect(loggedLeaks).toEqual([]);
  expect(responseLeaks).toEqual([]);
}
