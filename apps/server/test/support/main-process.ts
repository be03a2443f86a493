import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

const serverDir = fileURLToPath(new URL('../../', import.meta.url));

export interface MainProcess {
  child: ChildProcess;
  /** Every line the process wrote to stdout, in order. */
  lines: string[];
  /** Resolves with the first line, seen or to come, that `match` accepts. */
  line(match: (line: string) => boolean): Promise<string>;
  /** Resolves with the exit code and what the process wrote to stderr. */
  exited: Promise<{ code: number | null; stderr: string }>;
}

/**
 * Runs src/main.ts as `pnpm start` would, from sources, with only `env` and PATH in its
 * environment, so no AWS settings of the machine leak in. Killed after the test.
 * `nodeArgs` go to node before the script, such as flags or modules to preload.
 */
export function spawnMain(
  env: Record<string, string>,
  nodeArgs: string[] = [],
): MainProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', ...nodeArgs, '--conditions=@ec2-control/source', 'src/main.ts'],
    {
      cwd: serverDir,
      env: { PATH: process.env.PATH ?? '', AWS_EC2_METADATA_DISABLED: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  const lines: string[] = [];
  const waiters: { match: (line: string) => boolean; resolve(line: string): void }[] = [];
  createInterface({ input: child.stdout }).on('line', function collect(line) {
    lines.push(line);
    for (const waiter of waiters.filter((entry) => entry.match(line))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  });

  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = once(child, 'exit').then(([code]) => ({
    code: code as number | null,
    stderr,
  }));

  function line(match: (text: string) => boolean): Promise<string> {
    const seen = lines.find(match);
    if (seen) return Promise.resolve(seen);

    const waiting = new Promise<string>((resolve) => waiters.push({ match, resolve }));
    const died = exited.then(({ code, stderr: text }) => {
      throw new Error(`the server exited with ${code} first:\n${text}`);
    });
    return Promise.race([waiting, died]);
  }

  return { child, lines, line, exited };
}

/** The URL the process listens on, from Fastify's "Server listening at" line. */
export async function listeningUrl(main: MainProcess): Promise<string> {
  const line = await main.line((text) => text.includes('Server listening at'));
  const { msg } = JSON.parse(line) as { msg: string };
  return msg.replace('Server listening at ', '');
}
