import { createEc2Client } from '@ec2-control/client';

import { startServerProcess } from '../processes/server-process.js';
import { type Figure, ms, times, verdict } from '../report/figure.js';
import { median, ratio } from '../stats.js';
import { timed } from './calls.js';
import { type BenchContext, serverEnv } from './context.js';

const LATENCY_MS = 100;
const PER_REGION = 50;

type TypedClient = ReturnType<typeof createEc2Client>;

interface Variant {
  label: string;
  /** LIST_REGION_CONCURRENCY; the server's default when unset. */
  regionConcurrency?: number;
  /** `all` asks EC2 which regions are enabled first; a list does not. */
  regions: 'all' | 'list';
}

interface VariantResult extends Variant {
  totalMs: number[];
  sumMs: number[];
  slowestMs: number[];
}

async function listed(call: Promise<{ instances: unknown[] }>, expected: number) {
  const { instances } = await call;
  if (instances.length !== expected) {
    throw new Error(`listed ${instances.length} instances, not ${expected}`);
  }
}

/** One sample: every region on its own, one after another, then all in one call. */
async function sample(typed: TypedClient, regions: readonly string[], variant: Variant) {
  const single: number[] = [];
  for (const region of regions) {
    single.push(
      (await timed(() => listed(typed.ec2.list.query({ region }), PER_REGION))).ms,
    );
  }

  const input =
    variant.regions === 'all' ? { regions: 'all' as const } : { regions: [...regions] };
  const total = await timed(() =>
    listed(typed.ec2.list.query(input), PER_REGION * regions.length),
  );
  return {
    totalMs: total.ms,
    sumMs: single.reduce((a, b) => a + b, 0),
    slowestMs: Math.max(...single),
  };
}

async function measureVariant(
  context: BenchContext,
  variant: Variant,
): Promise<VariantResult> {
  const { sandbox, counts } = context;
  const { regionConcurrency } = variant;
  const env = serverEnv(
    sandbox,
    regionConcurrency ? { LIST_REGION_CONCURRENCY: String(regionConcurrency) } : {},
  );
  const server = await startServerProcess(env);
  const typed = createEc2Client({ url: server.url, credentials: sandbox.credentials });
  const result: VariantResult = { ...variant, totalMs: [], sumMs: [], slowestMs: [] };

  try {
    await sample(typed, sandbox.regions, variant);
    for (let round = 0; round < counts.fanOut.samples; round += 1) {
      const { totalMs, sumMs, slowestMs } = await sample(typed, sandbox.regions, variant);
      result.totalMs.push(totalMs);
      result.sumMs.push(sumMs);
      result.slowestMs.push(slowestMs);
    }
  } finally {
    await server.stop();
  }
  return result;
}

function variantsFor(regionCount: number): Variant[] {
  const concurrency = `LIST_REGION_CONCURRENCY=${regionCount}`;
  return [
    { label: 'regions "all", server defaults', regions: 'all' },
    {
      label: `regions "all", ${concurrency}`,
      regions: 'all',
      regionConcurrency: regionCount,
    },
    {
      label: `regions listed, ${concurrency}`,
      regions: 'list',
      regionConcurrency: regionCount,
    },
  ];
}

function row(result: VariantResult): string[] {
  const total = median(result.totalMs);
  const slowest = median(result.slowestMs);
  const sum = median(result.sumMs);
  return [
    result.label,
    ms(total),
    ms(sum),
    ms(slowest),
    times(ratio(total, sum)),
    times(ratio(total, slowest)),
  ];
}

/**
 * Figure 5: one `ec2.list` over every region with 100 ms added to each sandbox call,
 * against the same regions listed one at a time (their sum) and the slowest of them.
 */
export async function fanOutFigure(context: BenchContext): Promise<Figure> {
  const { sandbox } = context;
  const count = sandbox.regions.length;
  await sandbox.loadFleet({
    generate: PER_REGION * count,
    regions: [...sandbox.regions],
  });
  await sandbox.setFaults([{ kind: 'latency', ms: LATENCY_MS }]);

  const results: VariantResult[] = [];
  try {
    for (const variant of variantsFor(count)) {
      results.push(await measureVariant(context, variant));
    }
  } finally {
    await sandbox.setFaults([]);
  }

  const defaults = results[0] as VariantResult;
  const defaultsRatio = ratio(median(defaults.totalMs), median(defaults.slowestMs));
  const met = defaultsRatio <= 2;
  return {
    id: 'fan-out',
    title: `5. Fan-out: ec2.list of ${count} regions, ${LATENCY_MS} ms more per EC2 call`,
    head: [
      'call',
      'total',
      'sum of regions',
      'slowest region',
      'total / sum',
      'total / slowest',
    ],
    rows: results.map(row),
    notes: [
      `Each region holds ${PER_REGION} instances, one DescribeInstances page. ` +
        'Per-region times come from single-region calls in the same sample, one after ' +
        'another; medians over samples, after one warm-up sample per server.',
      '"all" first asks DescribeRegions, one more delayed call; ' +
        'LIST_REGION_CONCURRENCY caps how many regions are listed at once.',
      `Target: total <= 2x the slowest region, with the server's defaults: ` +
        `${verdict(met)} (${times(defaultsRatio)}).`,
    ],
    data: { latencyMs: LATENCY_MS, perRegion: PER_REGION, results, targetMet: met },
  };
}
