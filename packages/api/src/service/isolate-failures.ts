import pLimit from 'p-limit';

import { instanceErrorCodes } from '../errors/catalogue.js';

/** Ids that one successful call covered, with what the call returned. */
export interface Batch<T> {
  ids: string[];
  value: T;
}

export interface Isolated<T> {
  batches: Batch<T>[];
  /** The error each failed id ended with, as the SDK threw it. */
  failures: Map<string, unknown>;
}

export interface IsolateOptions {
  /** Calls at once when the ids have to be tried one by one. */
  concurrency?: number;
}

const INSTANCE_ID_IN_TEXT = /\bi-[0-9a-f]{8,17}\b/g;

function isInstanceError(error: unknown): boolean {
  const name = (error as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && instanceErrorCodes.has(name);
}

function idsNamedBy(error: unknown, ids: readonly string[]): string[] {
  const message = String((error as { message?: unknown }).message ?? '');
  const named = new Set(message.match(INSTANCE_ID_IN_TEXT));
  return ids.filter((id) => named.has(id));
}

async function oneByOne<T>(
  ids: readonly string[],
  attempt: (ids: string[]) => Promise<T>,
  isolated: Isolated<T>,
  concurrency: number,
): Promise<Isolated<T>> {
  const limit = pLimit(concurrency);

  await limit.map(ids, async function tryAlone(id) {
    try {
      isolated.batches.push({ ids: [id], value: await attempt([id]) });
    } catch (error) {
      // Other ids may have changed state by now, so no error fails them all any more.
      isolated.failures.set(id, error);
    }
  });
  return isolated;
}

/**
 * Runs `attempt` on all the ids, and when EC2 rejects the whole call because of some of
 * them, on the rest: ids the error names are set aside and the others retried; an error
 * that names none of them sends each id alone. Errors that blame no instance (auth,
 * throttling, network) are thrown as they are.
 */
export async function isolateFailures<T>(
  ids: readonly string[],
  attempt: (ids: string[]) => Promise<T>,
  options: IsolateOptions = {},
): Promise<Isolated<T>> {
  const isolated: Isolated<T> = { batches: [], failures: new Map() };
  let remaining = [...ids];

  while (remaining.length > 0) {
    try {
      isolated.batches.push({ ids: remaining, value: await attempt(remaining) });
      return isolated;
    } catch (error) {
      if (!isInstanceError(error)) throw error;

      const named = remaining.length === 1 ? remaining : idsNamedBy(error, remaining);
      if (named.length === 0) {
        return oneByOne(remaining, attempt, isolated, options.concurrency ?? 4);
      }

      for (const id of named) isolated.failures.set(id, error);
      remaining = remaining.filter((id) => !named.includes(id));
    }
  }
  return isolated;
}
