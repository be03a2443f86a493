import type { Counts } from '../options.js';
import { median } from '../stats.js';
import type { LoadResult } from './run-load.js';

export interface RotationTarget {
  name: string;
  /** One run of load at `connections` for `seconds`. */
  run(connections: number, seconds: number): Promise<LoadResult>;
}

/** One target at one connection count: medians over its rounds, failures summed. */
export interface LoadSummary {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  responses: number;
  errors: number;
  non2xx: number;
  rounds: LoadResult[];
}

function summarizeRounds(rounds: LoadResult[]): LoadSummary {
  const medianOf = (pick: (result: LoadResult) => number) => median(rounds.map(pick));
  const sumOf = (pick: (result: LoadResult) => number) =>
    rounds.reduce((total, result) => total + pick(result), 0);

  return {
    requestsPerSecond: medianOf((result) => result.requestsPerSecond),
    p50Ms: medianOf((result) => result.p50Ms),
    p99Ms: medianOf((result) => result.p99Ms),
    responses: sumOf((result) => result.responses),
    errors: sumOf((result) => result.errors),
    non2xx: sumOf((result) => result.non2xx),
    rounds,
  };
}

/** The targets in a different order each round, so none always runs first or last. */
function rotated<T>(items: readonly T[], round: number): T[] {
  const start = round % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

/** Every target's summary at one connection count. */
export interface LoadLevel {
  connections: number;
  byTarget: Record<string, LoadSummary>;
}

async function loadLevel(
  targets: readonly RotationTarget[],
  connections: number,
  plan: Counts['throughput'],
): Promise<LoadLevel> {
  const rounds: Record<string, LoadResult[]> = {};

  for (const target of targets) {
    await target.run(connections, plan.warmupSeconds);
    rounds[target.name] = [];
  }
  for (let round = 0; round < plan.rounds; round += 1) {
    for (const target of rotated(targets, round)) {
      const result = await target.run(connections, plan.seconds);
      rounds[target.name]?.push(result);
    }
  }

  const byTarget = Object.fromEntries(
    Object.entries(rounds).map(([name, results]) => [name, summarizeRounds(results)]),
  );
  return { connections, byTarget };
}

/**
 * Loads every target at each connection count: a warm-up run each, then rounds in which
 * the targets take turns.
 */
export async function loadInRotation(
  targets: readonly RotationTarget[],
  plan: Counts['throughput'],
): Promise<LoadLevel[]> {
  const levels: LoadLevel[] = [];
  for (const connections of plan.connections) {
    levels.push(await loadLevel(targets, connections, plan));
  }
  return levels;
}
