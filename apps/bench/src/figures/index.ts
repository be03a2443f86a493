import type { FigureName } from '../options.js';
import type { Figure } from '../report/figure.js';
import { clientReuseFigure } from './client-reuse.js';
import type { BenchContext } from './context.js';
import { fanOutFigure } from './fan-out.js';
import { overheadFigure } from './overhead.js';
import { scaleFigure } from './scale.js';
import { throughputFigures } from './throughput.js';

type FigureRun = (context: BenchContext) => Promise<Figure | Figure[]>;

/** What each named part of the run measures; throughput gives figures 2 and 3. */
export const figureRuns: Record<FigureName, FigureRun> = {
  overhead: overheadFigure,
  throughput: throughputFigures,
  scale: scaleFigure,
  'fan-out': fanOutFigure,
  'client-reuse': clientReuseFigure,
};

export type { BenchContext } from './context.js';
