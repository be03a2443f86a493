import Table from 'cli-table3';

import type { Figure } from './figure.js';

export function printFigure(figure: Figure): void {
  const table = new Table({ head: figure.head, style: { head: [], border: [] } });
  table.push(...figure.rows);

  const notes = figure.notes.map((note) => `  - ${note}`).join('\n');
  process.stdout.write(`\n${figure.title}\n${table.toString()}\n${notes}\n`);
}
