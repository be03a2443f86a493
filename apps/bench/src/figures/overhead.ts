import { createEc2Client } from '@ec2-control/client';

import { startServerProcess } from '../processes/server-process.js';
import { type Figure, ms, signedMs, times, verdict } from '../report/figure.js';
import { ratio, type Summary, summarize } from '../stats.js';
import { directClient, listDirect, timed } from './calls.js';
import { type BenchContext, REGION, serverEnv } from './context.js';
import { type CpuSplit, cpuPerCall } from './cpu-split.js';

const FLEET_SIZE = 50;

type Call = () => Promise<number>;

async function checked(path: string, call: Call): Promise<number> {
  const count = await call();
  if (count !== FLEET_SIZE) {
    throw new Error(`${path} listed ${count} instances, not ${FLEET_SIZE}`);
  }
  return count;
}

/** Both calls per sample, alternating which goes first so neither gains from order. */
async function alternate(ours: Call, direct: Call, warmup: number, samples: number) {
  for (let call = 0; call < warmup; call += 1) {
    await checked('ec2.list', ours);
    await checked('DescribeInstances', direct);
  }

  const oursMs: number[] = [];
  const directMs: number[] = [];
  for (let sample = 0; sample < samples; sample += 1) {
    const oursFirst = sample % 2 === 0;
    if (oursFirst) oursMs.push((await timed(ours)).ms);
    directMs.push((await timed(direct)).ms);
    if (!oursFirst) oursMs.push((await timed(ours)).ms);
  }
  return { ours: summarize(oursMs), direct: summarize(directMs) };
}

function cpuText(split: CpuSplit): string {
  return [split.bench, split.server, split.sandbox].map((value) => ms(value)).join(' / ');
}

function rows(
  ours: Summary & { cpu: CpuSplit },
  direct: Summary & { cpu: CpuSplit },
): string[][] {
  return [
    [
      'typed client -> server -> sandbox',
      ms(ours.median),
      ms(ours.p99),
      `${ours.count}`,
      cpuText(ours.cpu),
    ],
    [
      'SDK -> sandbox (baseline)',
      ms(direct.median),
      ms(direct.p99),
      `${direct.count}`,
      cpuText(direct.cpu),
    ],
    [
      'ratio ours / baseline',
      times(ratio(ours.median, direct.median)),
      times(ratio(ours.p99, direct.p99)),
      '',
      '',
    ],
    [
      'added by ours',
      signedMs(ours.median - direct.median),
      signedMs(ours.p99 - direct.p99),
      '',
      '',
    ],
  ];
}

/**
 * Figure 1: one `ec2.list` through the typed client, our server and the sandbox, against
 * the same DescribeInstances call sent straight to the sandbox with the SDK.
 */
export async function overheadFigure({ sandbox, counts }: BenchContext): Promise<Figure> {
  const { warmup, samples } = counts.overhead;
  await sandbox.loadFleet({ generate: FLEET_SIZE, regions: [REGION] });
  const server = await startServerProcess(serverEnv(sandbox));
  const typed = createEc2Client({ url: server.url, credentials: sandbox.credentials });
  const sdk = directClient(sandbox.endpoint, sandbox.credentials, REGION);

  const ours = async () =>
    (await typed.ec2.list.query({ region: REGION })).instances.length;
  const direct = () => listDirect(sdk);
  const pids = { server: server.pid, sandbox: sandbox.pid };
  const cpuCalls = Math.max(samples / 5, 20);

  const result = await (async function measure() {
    const timing = await alternate(ours, direct, warmup, samples);
    const oursCpu = await cpuPerCall(pids, cpuCalls, ours);
    const directCpu = await cpuPerCall(pids, cpuCalls, direct);
    return {
      ours: { ...timing.ours, cpu: oursCpu },
      direct: { ...timing.direct, cpu: directCpu },
    };
  })().finally(async function stopServer() {
    sdk.destroy();
    await server.stop();
  });

  const medianRatio = ratio(result.ours.median, result.direct.median);
  const addedMs = result.ours.median - result.direct.median;
  const met = medianRatio <= 1.15 && addedMs <= 1;
  return {
    id: 'overhead',
    title: `1. Overhead: ec2.list of ${FLEET_SIZE} instances, one call at a time`,
    head: ['path', 'median', 'p99', 'samples', 'CPU per call: bench / server / sandbox'],
    rows: rows(result.ours, result.direct),
    notes: [
      'The sandbox and our server each run in a child process of their own, and the ' +
        'bench process makes both kinds of call: each path crosses the process ' +
        'boundaries a deployment has, and the server and sandbox are the same for both.',
      `Warm-up ${warmup} calls of each; then one of each per sample, alternating which ` +
        'goes first.',
      `CPU per call: ${cpuCalls} more calls of each path in a row, and the CPU time ` +
        'each process used for them (the bench process holds the typed client or the ' +
        'SDK): what each hop costs, which wall time on shared cores hides.',
      `Target: median ratio <= 1.15 and <= 1 ms added: ${verdict(met)}.`,
    ],
    data: {
      fleetSize: FLEET_SIZE,
      warmup,
      ...result,
      medianRatio,
      addedMs,
      targetMet: met,
    },
  };
}
