import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const benchRoot = new URL('../../', import.meta.url);
const setupScript = fileURLToPath(new URL('scripts/setup-original.sh', benchRoot));
const appFile = fileURLToPath(new URL('original/app.py', benchRoot));

// Debian's interpreter, where Debian's python3-flask and python3-boto3 are installed; a
// python3 earlier on PATH (pyenv) has neither.
const PYTHON = '/usr/bin/python3';

export interface OriginalProcess {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Installs Flask and boto3 if missing; returns why it could not, or undefined. */
export function prepareOriginal(): string | undefined {
  const setup = spawnSync('bash', [setupScript], { stdio: 'inherit' });
  if (setup.status === 0) return undefined;
  return `${setupScript} failed (${setup.status ?? setup.signal})`;
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';

    function onData(chunk: Buffer) {
      seen = (seen + chunk.toString('utf8')).slice(-4096);
      const match = /Running on (http:\/\/[\d.]+:\d+)/.exec(seen);
      if (!match) return;
      child.stderr?.off('data', onData);
      // Werkzeug logs every request on stderr; it is read and dropped from here on.
      child.stderr?.resume();
      resolve(match[1] as string);
    }

    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      reject(new Error(`the original service exited (${code}):\n${seen}`));
    });
  });
}

/** The original Flask + boto3 service on a free loopback port, aimed at `endpoint`. */
export async function startOriginalProcess(endpoint: string): Promise<OriginalProcess> {
  const child = spawn(PYTHON, [appFile], {
    env: { EC2_ENDPOINT: endpoint, HOST: '127.0.0.1', PORT: '0', PYTHONUNBUFFERED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start ${PYTHON}`);

  const url = await listeningUrl(child);
  return {
    url,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
