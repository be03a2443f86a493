import { originalQuery } from '../credentials.js';
import { runClosedLoop } from '../load/closed-loop.js';
import { loadInRotation, type RotationTarget } from '../load/rotation.js';
import { type LoadTarget, runLoad } from '../load/run-load.js';
import { signedDescribeInstances } from '../load/signed-describe.js';
import {
  type OriginalProcess,
  prepareOriginal,
  startOriginalProcess,
} from '../processes/original-process.js';
import { startServerProcess } from '../processes/server-process.js';
import type { Figure } from '../report/figure.js';
import { type BenchContext, REGION, serverEnv } from './context.js';
import {
  originalFigure,
  skippedOriginalFigure,
  throughputFigure,
} from './throughput-tables.js';

const FLEET_SIZE = 50;

/** The original service, or why it could not run. */
async function startOriginal(endpoint: string): Promise<OriginalProcess | string> {
  const missing = prepareOriginal();
  if (missing) return missing;
  return startOriginalProcess(endpoint);
}

/** Fails before any load if a target answers anything but 200. */
async function expectOk(name: string, { url, ...init }: LoadTarget): Promise<void> {
  const response = await fetch(url, init);
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(`${name} answered ${response.status}: ${body.slice(0, 300)}`);
  }
}

function autocannonTarget(name: string, load: () => Promise<LoadTarget>): RotationTarget {
  return {
    name,
    run: async (connections, seconds) => runLoad(await load(), connections, seconds),
  };
}

function closedLoopTarget(name: string, url: string): RotationTarget {
  return {
    name,
    run: (connections, seconds) => runClosedLoop(url, connections, seconds),
  };
}

/**
 * Figures 2 and 3: REST `/ec2/list` under load at each connection count, beside the same
 * load sent straight to the sandbox and to the original Flask service, taking turns.
 */
export async function throughputFigures(context: BenchContext): Promise<Figure[]> {
  const { sandbox, counts } = context;
  await sandbox.loadFleet({ generate: FLEET_SIZE, regions: [REGION] });
  const query = originalQuery(sandbox.credentials, REGION);
  const server = await startServerProcess(serverEnv(sandbox));
  const unsharedServer = await startServerProcess(
    serverEnv(sandbox, { EC2_SHARE_READS: 'false' }),
  );
  const original = await startOriginal(sandbox.endpoint);

  const ours = { url: `${server.url}/ec2/list?${query}` };
  const unshared = { url: `${unsharedServer.url}/ec2/list?${query}` };
  // Signed afresh for every run: the sandbox accepts a signature for 15 minutes.
  const direct = () =>
    signedDescribeInstances(sandbox.endpoint, sandbox.credentials, REGION);
  const targets: RotationTarget[] = [
    autocannonTarget('ours', async () => ours),
    autocannonTarget('unshared', async () => unshared),
    autocannonTarget('sandbox', direct),
  ];
  if (typeof original !== 'string') {
    const url = `${original.url}/ec2/list?${query}`;
    await expectOk('original', { url });
    targets.push(
      closedLoopTarget('ours-fetch', ours.url),
      closedLoopTarget('unshared-fetch', unshared.url),
      closedLoopTarget('original', url),
    );
  }

  try {
    await expectOk('ours', ours);
    await expectOk('not shared', unshared);
    await expectOk('sandbox', await direct());
    const levels = await loadInRotation(targets, counts.throughput);

    return [
      throughputFigure(levels, counts.throughput, FLEET_SIZE),
      typeof original === 'string'
        ? skippedOriginalFigure(original)
        : originalFigure(levels, counts.throughput),
    ];
  } finally {
    await server.stop();
    await unsharedServer.stop();
    if (typeof original !== 'string') await original.stop();
  }
}
