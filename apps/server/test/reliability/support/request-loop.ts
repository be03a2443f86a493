import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import { type HttpCall, http } from '../../support/http.js';

/** One answer of a request loop, or the network error that took its place. */
export interface LoopResult {
  startedAt: number;
  endedAt: number;
  status: number | 'network-error';
  code: string | undefined;
}

export interface RequestLoop {
  /** Resolves once `count` more answers have come back. */
  answers(count: number): Promise<void>;
  /** Stops the workers and resolves with every result, in order of arrival. */
  stop(): Promise<LoopResult[]>;
}

/** A moment on the clock the loop's results use, to place events among them. */
export const now = () => performance.now();

/** `workers` clients, each sending `path` again as soon as the last answer came back. */
export function requestLoop(
  url: string,
  path: string,
  call: HttpCall,
  workers: number,
): RequestLoop {
  const results: LoopResult[] = [];
  let running = true;

  async function worker() {
    while (running) {
      const startedAt = now();
      const result = await http(url, path, call).then(
        (response) => ({ status: response.status, code: response.body?.error?.code }),
        () => ({ status: 'network-error' as const, code: undefined }),
      );
      results.push({ startedAt, endedAt: now(), ...result });
    }
  }
  const done = Promise.all(Array.from({ length: workers }, worker));

  return {
    async answers(count) {
      const target = results.length + count;
      while (results.length < target) await sleep(10);
    },
    async stop() {
      running = false;
      await done;
      return results;
    },
  };
}
