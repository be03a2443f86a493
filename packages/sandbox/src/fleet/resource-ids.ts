import { createHash, randomBytes } from 'node:crypto';

const INSTANCE_ID = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

export function isInstanceId(value: string): boolean {
  return INSTANCE_ID.test(value);
}

/** A resource id in EC2's long format, the same for the same seed on every run. */
export function derivedId(prefix: string, seed: string): string {
  const digest = createHash('sha256').update(`${prefix}:${seed}`).digest('hex');

  return `${prefix}-0${digest.slice(0, 16)}`;
}

export function randomId(prefix: string): string {
  return `${prefix}-0${randomBytes(8).toString('hex')}`;
}
