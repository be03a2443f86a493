import { performance } from 'node:perf_hooks';

import { summarize } from '../stats.js';
import type { LoadResult } from './run-load.js';

const TIMEOUT_MS = 10_000;

/**
 * `connections` callers, each sending GET `url` again as soon as the last answer is read,
 * for `seconds`. Unlike autocannon, fetch opens a new connection when the server closes
 * one, as Flask's built-in server does after every response.
 */
export async function runClosedLoop(
  url: string,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;

  async function caller() {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
        await response.arrayBuffer();
        if (response.status < 200 || response.status > 299) non2xx += 1;
        latencies.push(performance.now() - sent);
      } catch {
        errors += 1;
      }
    }
  }

  await Promise.all(Array.from({ length: connections }, caller));
  const elapsedSeconds = (performance.now() - started) / 1000;
  const latency = latencies.length > 0 ? summarize(latencies) : { median: 0, p99: 0 };
  return {
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50Ms: latency.median,
    p99Ms: latency.p99,
    responses: latencies.length,
    errors,
    non2xx,
  };
}
