import { benchKeyPairs } from './credentials.js';
import { figureRuns } from './figures/index.js';
import { loadAverage, machineInfo } from './machine.js';
import { type FigureName, readOptions } from './options.js';
import { startSandboxProcess } from './processes/sandbox-process.js';
import type { Figure } from './report/figure.js';
import { printFigure } from './report/print.js';
import { writeResults } from './report/results-file.js';

const options = readOptions();
const startedAt = new Date();
const machine = machineInfo();
process.stdout.write(
  `ec2-control bench, ${options.quick ? 'quick' : 'full'} mode: ${machine.cores} cores ` +
    `(${machine.cpu}), Node ${machine.node}, load average ${loadAverage()}\n`,
);

// One sandbox for the whole run: delays 0 so that states settle at once, and the key
// pairs of figure 6's distinct callers accepted from the start.
const sandbox = await startSandboxProcess({
  delays: { pendingMs: 0, stoppingMs: 0, shuttingDownMs: 0 },
  keyPairs: benchKeyPairs(options.counts.clientReuse.requests),
});

type Recorded = (Figure | { id: FigureName; error: string }) & { conditions: unknown };
const recorded: Recorded[] = [];

// A figure that fails is reported as a gap; the others still run.
async function runFigure(name: FigureName): Promise<void> {
  const loadBefore = loadAverage();
  const started = Date.now();
  const conditions = () => ({
    seconds: (Date.now() - started) / 1000,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAverage(),
  });

  try {
    const figures = [await figureRuns[name]({ sandbox, counts: options.counts })].flat();
    for (const figure of figures) {
      printFigure(figure);
      recorded.push({ ...figure, conditions: conditions() });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(`\n${name}: not measured: ${message}\n`);
    recorded.push({ id: name, error: message, conditions: conditions() });
  }
}

try {
  for (const name of options.figures) await runFigure(name);
} finally {
  await sandbox.stop();
}

const file = await writeResults({
  startedAt: startedAt.toISOString(),
  finishedAt: new Date().toISOString(),
  mode: options.quick ? 'quick' : 'full',
  machine,
  loadAverageAtEnd: loadAverage(),
  counts: options.counts,
  figures: recorded,
});
const minutes = ((Date.now() - startedAt.getTime()) / 60_000).toFixed(1);
process.stdout.write(`\nDone in ${minutes} min; results in ${file}\n`);
if (recorded.some((figure) => 'error' in figure)) process.exitCode = 1;
