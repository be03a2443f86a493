import { benchKeyPairs } from '../credentials.js';
import { type ServerProcess, startServerProcess } from '../processes/server-process.js';
import { type Figure, megabytes, verdict } from '../report/figure.js';
import { type Credentials, listRest } from './calls.js';
import { type BenchContext, REGION, serverEnv } from './context.js';

const FLEET_SIZE = 50;

interface Checkpoint {
  phase: string;
  requests: number;
  cacheSize: number;
  created: number;
  live: number;
  heapAfterGc: number;
  rss: number;
}

async function checkpoint(
  server: ServerProcess,
  phase: string,
  requests: number,
  cacheSize: number,
): Promise<Checkpoint> {
  const { created, size, heapAfterGc } = await server.clients();
  const { rss } = await server.memory();
  return { phase, requests, cacheSize, created, live: size, heapAfterGc, rss };
}

async function withServer<T>(
  context: BenchContext,
  cacheSize: number,
  use: (server: ServerProcess) => Promise<T>,
): Promise<T> {
  const env = serverEnv(context.sandbox, { AWS_CLIENT_CACHE_SIZE: String(cacheSize) });
  const server = await startServerProcess(env);
  try {
    return await use(server);
  } finally {
    await server.stop();
  }
}

/** One request per key pair, in order, with a checkpoint after every quarter. */
async function distinctCallers(
  server: ServerProcess,
  callers: Credentials[],
  cacheSize: number,
  phase: string,
): Promise<Checkpoint[]> {
  const points: Checkpoint[] = [];
  const every = Math.max(1, Math.floor(callers.length / 4));

  for (const [index, credentials] of callers.entries()) {
    await listRest(server.url, credentials, REGION);
    const done = index + 1;
    if (done % every === 0 || done === callers.length) {
      points.push(await checkpoint(server, phase, done, cacheSize));
    }
  }
  return points;
}

async function sameThenDistinct(context: BenchContext): Promise<Checkpoint[]> {
  const { requests, cacheSize } = context.counts.clientReuse;
  const { credentials } = context.sandbox;

  return withServer(context, cacheSize, async (server) => {
    for (let call = 0; call < requests; call += 1) {
      await listRest(server.url, credentials, REGION);
    }
    const same = await checkpoint(server, 'same credentials', requests, cacheSize);
    const callers = benchKeyPairs(requests);
    const phase = 'distinct credentials';
    return [same, ...(await distinctCallers(server, callers, cacheSize, phase))];
  });
}

/** The baseline: the same distinct callers, on a server whose cache holds them all. */
function distinctUnbounded(context: BenchContext): Promise<Checkpoint[]> {
  const { requests } = context.counts.clientReuse;
  const phase = 'distinct, cache holds all (baseline)';

  return withServer(context, requests + 1, (server) =>
    distinctCallers(server, benchKeyPairs(requests), requests + 1, phase),
  );
}

function row(point: Checkpoint): string[] {
  return [
    point.phase,
    `${point.requests}`,
    `${point.cacheSize}`,
    `${point.created}`,
    `${point.live}`,
    megabytes(point.heapAfterGc),
    megabytes(point.rss),
  ];
}

/**
 * Figure 6: how many AWS clients the server builds and keeps. The same caller again and
 * again should build one; distinct callers build one each, but the cache keeps at most
 * AWS_CLIENT_CACHE_SIZE of them, so memory levels off. A server whose cache holds every
 * caller is the baseline for what unbounded clients would cost.
 */
export async function clientReuseFigure(context: BenchContext): Promise<Figure> {
  const { requests, cacheSize } = context.counts.clientReuse;
  await context.sandbox.loadFleet({ generate: FLEET_SIZE, regions: [REGION] });
  const bounded = await sameThenDistinct(context);
  const unbounded = await distinctUnbounded(context);

  const same = bounded[0] as Checkpoint;
  const last = bounded.at(-1) as Checkpoint;
  const baseline = unbounded.at(-1) as Checkpoint;
  const met =
    same.created === 1 && last.live <= cacheSize && last.created === requests + 1;

  return {
    id: 'client-reuse',
    title: '6. Client reuse: AWS clients built and kept by the server',
    head: [
      'callers',
      'requests',
      'cache size',
      'clients built',
      'clients live',
      'server heap after GC',
      'server RSS',
    ],
    rows: [...bounded, ...unbounded].map(row),
    notes: [
      'Sequential REST /ec2/list calls to a server in a child process; client counts ' +
        'come from its client cache (created, size), the heap from the server after a ' +
        'full garbage collection, RSS from /proc.',
      'Distinct credentials are 1 per request, keys the sandbox was started with; the ' +
        'clients built include the one from the same-credentials phase.',
      `Expected: 1 client for one caller, live clients <= ${cacheSize}: ` +
        `${verdict(met)}. Heap after GC ${megabytes(last.heapAfterGc)} against ` +
        `${megabytes(baseline.heapAfterGc)} with every client kept.`,
    ],
    data: { bounded, unbounded, targetMet: met },
  };
}
