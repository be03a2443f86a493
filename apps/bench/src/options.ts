import { parseArgs } from 'node:util';

export const FIGURES = [
  'overhead',
  'throughput',
  'scale',
  'fan-out',
  'client-reuse',
] as const;

export type FigureName = (typeof FIGURES)[number];

export interface Counts {
  overhead: { warmup: number; samples: number };
  throughput: {
    connections: number[];
    rounds: number;
    seconds: number;
    warmupSeconds: number;
  };
  /** Fleet sizes, each with how many timed listings of ours and of the SDK. */
  scale: { size: number; samples: number }[];
  fanOut: { samples: number };
  clientReuse: { requests: number; cacheSize: number };
}

const fullCounts: Counts = {
  overhead: { warmup: 100, samples: 1000 },
  throughput: { connections: [1, 10, 50], rounds: 3, seconds: 4, warmupSeconds: 1 },
  scale: [
    { size: 1_000, samples: 5 },
    { size: 10_000, samples: 3 },
    { size: 100_000, samples: 1 },
  ],
  fanOut: { samples: 10 },
  clientReuse: { requests: 1_000, cacheSize: 100 },
};

const quickCounts: Counts = {
  overhead: { warmup: 20, samples: 200 },
  throughput: { connections: [1, 10, 50], rounds: 1, seconds: 2, warmupSeconds: 0.5 },
  scale: [
    { size: 1_000, samples: 1 },
    { size: 10_000, samples: 1 },
  ],
  fanOut: { samples: 2 },
  clientReuse: { requests: 200, cacheSize: 100 },
};

export interface BenchOptions {
  quick: boolean;
  figures: FigureName[];
  counts: Counts;
}

const usage = `Usage: pnpm bench [--quick] [--only overhead,throughput,...]
  --quick   small counts, for a smoke run (also BENCH_QUICK=1)
  --only    run only these figures: ${FIGURES.join(', ')}`;

function figuresOf(only: string | undefined): FigureName[] {
  if (only === undefined) return [...FIGURES];

  const names = only.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !FIGURES.includes(name as FigureName));
  if (unknown.length > 0) {
    throw new Error(`Unknown figure ${unknown.join(', ')}\n${usage}`);
  }
  // The run keeps its own order, whatever order the names came in.
  return FIGURES.filter((name) => names.includes(name));
}

/** The run's settings, from the command line and BENCH_QUICK; read here only. */
export function readOptions(argv: string[] = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });

  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }

  const quick = values.quick || ['1', 'true'].includes(process.env.BENCH_QUICK ?? '');
  return {
    quick,
    figures: figuresOf(values.only),
    counts: quick ? quickCounts : fullCounts,
  };
}
