import type { ProcessMemory } from '../processes/proc-status.js';
import { type ServerProcess, startServerProcess } from '../processes/server-process.js';
import { type Figure, megabytes, seconds, times, verdict } from '../report/figure.js';
import { growth, median, ratio } from '../stats.js';
import {
  type Credentials,
  directClient,
  instanceCount,
  listDirect,
  listRest,
  timed,
} from './calls.js';
import { type BenchContext, REGION, serverEnv } from './context.js';

const MEMORY_TARGET = 300 * 1024 * 1024;
const TARGET_SIZE = 100_000;
// Holds no instances: listing it warms the server up without touching the fleet.
const EMPTY_REGION = 'eu-west-1';

interface SizeResult {
  size: number;
  oursMs: number[];
  directMs: number[];
  idle: ProcessMemory;
  after: ProcessMemory;
  /** Bytes of the REST response body. */
  bodyBytes: number;
}

function expectCount(what: string, count: number, size: number) {
  if (count !== size) throw new Error(`${what} listed ${count} instances, not ${size}`);
}

async function sampleBoth(
  server: ServerProcess,
  credentials: Credentials,
  listSdk: () => Promise<number>,
  size: number,
) {
  const ours = await timed(() => listRest(server.url, credentials, REGION));
  expectCount('/ec2/list', instanceCount(ours.value), size);

  const direct = await timed(listSdk);
  expectCount('DescribeInstances', direct.value, size);
  return {
    oursMs: ours.ms,
    directMs: direct.ms,
    bodyBytes: Buffer.byteLength(ours.value),
  };
}

async function measureSize(
  { sandbox }: BenchContext,
  size: number,
  samples: number,
): Promise<SizeResult> {
  await sandbox.loadFleet({ generate: size, regions: [REGION] });
  // A fresh server per size, so that its peak memory belongs to this size alone.
  const server = await startServerProcess(serverEnv(sandbox));
  const sdk = directClient(sandbox.endpoint, sandbox.credentials, REGION);

  try {
    const idle = await server.memory();
    await listRest(server.url, sandbox.credentials, EMPTY_REGION);

    const oursMs: number[] = [];
    const directMs: number[] = [];
    let bodyBytes = 0;
    for (let sample = 0; sample < samples; sample += 1) {
      const timing = await sampleBoth(
        server,
        sandbox.credentials,
        () => listDirect(sdk),
        size,
      );
      oursMs.push(timing.oursMs);
      directMs.push(timing.directMs);
      bodyBytes = timing.bodyBytes;
    }

    const after = await server.memory();
    return { size, oursMs, directMs, idle, after, bodyBytes };
  } finally {
    sdk.destroy();
    await server.stop();
  }
}

function row(result: SizeResult, timeGrowth: number, peakGrowth: number): string[] {
  const ours = median(result.oursMs);
  const direct = median(result.directMs);
  return [
    result.size.toLocaleString('en-US'),
    seconds(ours),
    seconds(direct),
    times(ratio(ours, direct)),
    times(timeGrowth),
    megabytes(result.idle.rss),
    megabytes(result.after.peakRss),
    times(peakGrowth),
    megabytes(result.bodyBytes),
  ];
}

/**
 * Figure 4: REST `/ec2/list` of ever larger fleets in one region, on a server in a child
 * process: wall time beside the SDK's own paginated listing, and the server's peak RSS.
 */
export async function scaleFigure(context: BenchContext): Promise<Figure> {
  const results: SizeResult[] = [];
  for (const { size, samples } of context.counts.scale) {
    results.push(await measureSize(context, size, samples));
  }

  const timeGrowth = [Number.NaN, ...growth(results.map((r) => median(r.oursMs)))];
  const peakGrowth = [Number.NaN, ...growth(results.map((r) => r.after.peakRss))];
  const target = results.find((result) => result.size === TARGET_SIZE);
  const met = target ? target.after.peakRss < MEMORY_TARGET : undefined;

  return {
    id: 'scale',
    title: "4. Scale: REST /ec2/list of one region's whole fleet",
    head: [
      'instances',
      'ours',
      'SDK paging',
      'ours / SDK',
      'time x per 10x',
      'server idle RSS',
      'server peak RSS',
      'peak x per 10x',
      'body',
    ],
    rows: results.map((result, index) =>
      row(result, timeGrowth[index] as number, peakGrowth[index] as number),
    ),
    notes: [
      'Wall time: median of the samples, from request to last byte. The SDK column ' +
        'pages through the same fleet (MaxResults 1000) from the bench process, ' +
        'alternating with ours.',
      'Peak RSS: VmHWM of the server process from /proc after the samples; the server ' +
        'restarts for each size. Idle RSS is read before its first request.',
      met === undefined
        ? 'Target, 100,000 instances under 300 MB: not run in this mode.'
        : `Target: 100,000 instances with server peak RSS < 300 MB: ${verdict(met)}.`,
    ],
    data: {
      results,
      timeGrowthPer10x: timeGrowth.slice(1),
      peakGrowthPer10x: peakGrowth.slice(1),
      targetMet: met ?? null,
    },
  };
}
