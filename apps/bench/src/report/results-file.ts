import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const resultsFile = new URL('../../results/latest.json', import.meta.url);

/** Writes the run to results/latest.json and returns the file's path. */
export async function writeResults(results: unknown): Promise<string> {
  await mkdir(new URL('.', resultsFile), { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  return fileURLToPath(resultsFile);
}
