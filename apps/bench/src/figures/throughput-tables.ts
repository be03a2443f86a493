import type { LoadLevel, LoadSummary } from '../load/rotation.js';
import type { Counts } from '../options.js';
import { type Figure, ms, perSecond, times, verdict } from '../report/figure.js';
import { ratio } from '../stats.js';

function latency(summary: LoadSummary): string {
  return `${ms(summary.p50Ms)} / ${ms(summary.p99Ms)}`;
}

function failures(summary: LoadSummary): string {
  return `${summary.errors} / ${summary.non2xx}`;
}

/** Names of ours, ours with EC2_SHARE_READS=false, and the baseline, in `byTarget`. */
export interface Compared {
  ours: string;
  unshared: string;
  baseline: string;
}

function headFor(baseline: string): string[] {
  return [
    'connections',
    'ours req/s',
    `${baseline} req/s`,
    `ours / ${baseline}`,
    `not shared / ${baseline}`,
    'ours p50 / p99',
    `${baseline} p50 / p99`,
    'errors / non-2xx',
  ];
}

function comparisonRows(levels: LoadLevel[], names: Compared) {
  const { baseline } = names;
  return levels.map(({ connections, byTarget }) => {
    const ours = byTarget[names.ours] as LoadSummary;
    const unshared = byTarget[names.unshared] as LoadSummary;
    const other = byTarget[baseline] as LoadSummary;
    return [
      `${connections}`,
      perSecond(ours.requestsPerSecond),
      perSecond(other.requestsPerSecond),
      times(ratio(ours.requestsPerSecond, other.requestsPerSecond)),
      `${times(ratio(unshared.requestsPerSecond, other.requestsPerSecond))} ` +
        `(${perSecond(unshared.requestsPerSecond)})`,
      latency(ours),
      latency(other),
      `ours ${failures(ours)}, ${baseline} ${failures(other)}`,
    ];
  });
}

const THROUGHPUT_NAMES: Compared = {
  ours: 'ours',
  unshared: 'unshared',
  baseline: 'sandbox',
};
const ORIGINAL_NAMES: Compared = {
  ours: 'ours-fetch',
  unshared: 'unshared-fetch',
  baseline: 'original',
};

const SHARING_NOTE =
  'Ours runs with its defaults, where identical lists in flight at once share one ' +
  'DescribeInstances call; "not shared" is a second server with EC2_SHARE_READS=false, ' +
  'where every request makes its own call to the sandbox (its req/s in brackets).';

function method(plan: Counts['throughput']): string {
  return (
    `${plan.rounds} round(s) of ${plan.seconds} s per target and connection count ` +
    `after a ${plan.warmupSeconds} s warm-up, targets taking turns; medians over rounds.`
  );
}

export function throughputFigure(
  levels: LoadLevel[],
  plan: Counts['throughput'],
  fleetSize: number,
): Figure {
  return {
    id: 'throughput',
    title: `2. Throughput: REST /ec2/list of ${fleetSize} instances under autocannon`,
    head: headFor('sandbox'),
    rows: comparisonRows(levels, THROUGHPUT_NAMES),
    notes: [
      'Ours: GET /ec2/list with the original query parameters, on our server in a ' +
        'child process. Sandbox: the DescribeInstances POST the SDK sends (MaxResults ' +
        '1000), signed with @smithy/signature-v4 before each run and replayed by ' +
        'autocannon, which cannot sign per request; the sandbox checks every signature.',
      'autocannon runs in the bench process. Ours shares the 2 cores among three busy ' +
        'processes, the baseline two.',
      SHARING_NOTE,
      method(plan),
    ],
    data: { fleetSize, levels },
  };
}

export function originalFigure(levels: LoadLevel[], plan: Counts['throughput']): Figure {
  const ratios = levels.map(({ byTarget }) =>
    ratio(
      byTarget['ours-fetch']?.requestsPerSecond ?? Number.NaN,
      byTarget.original?.requestsPerSecond ?? Number.NaN,
    ),
  );
  const unsharedRatios = levels.map(({ byTarget }) =>
    ratio(
      byTarget['unshared-fetch']?.requestsPerSecond ?? Number.NaN,
      byTarget.original?.requestsPerSecond ?? Number.NaN,
    ),
  );
  const lowest = Math.min(...ratios);
  const met = lowest >= 10;

  return {
    id: 'original',
    title: '3. Against the original service: the same REST load on Flask + boto3',
    head: headFor('original'),
    rows: comparisonRows(levels, ORIGINAL_NAMES),
    notes: [
      "Original: apps/bench/original/app.py on /usr/bin/python3 with Debian's Flask " +
        'and boto3: a new boto3 client per request, one describe_instances call, ' +
        "Flask's built-in threaded server with debug off, aimed at the same sandbox.",
      'Load: callers that each send the next GET as soon as the last answer is read, ' +
        "with Node's fetch: Werkzeug closes every connection after its response, and " +
        'autocannon mis-times requests on connections the server closes. Ours gets the ' +
        'same load, and these runs take turns with those of figure 2.',
      SHARING_NOTE,
      method(plan),
      `Target: >= 10x the original at every connection count: ${verdict(met)} ` +
        `(lowest ${times(lowest)}; with reads not shared, lowest ` +
        `${times(Math.min(...unsharedRatios))}).`,
    ],
    data: { ratios, unsharedRatios, lowestRatio: lowest, targetMet: met },
  };
}

export function skippedOriginalFigure(reason: string): Figure {
  return {
    id: 'original',
    title: '3. Against the original service: not measured',
    head: ['reason'],
    rows: [[reason]],
    notes: ['Run apps/bench/scripts/setup-original.sh as root, then the bench again.'],
    data: { skipped: reason },
  };
}
