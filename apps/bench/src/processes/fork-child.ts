import { type ChildProcess, fork, type Serializable } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ChildHandle<Ready> {
  readonly pid: number;
  /** What the child sent once it was ready. */
  readonly ready: Ready;
  /** Sends one message and waits for the child's answer. */
  ask<Answer>(message: Serializable): Promise<Answer>;
  stop(): Promise<void>;
}

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    function onMessage(message: unknown) {
      stopListening();
      resolve(message as T);
    }
    function onExit(code: number | null, signal: string | null) {
      stopListening();
      reject(new Error(`a bench child process exited (${code ?? signal}) unexpectedly`));
    }
    function stopListening() {
      child.off('message', onMessage);
      child.off('exit', onExit);
    }

    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;

  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * Starts `entry`, a built file of this package, in a Node process of its own, sends it
 * `setup`, and resolves with the first message it sends back. Its stdout is discarded,
 * as a log collector would take it.
 */
export async function forkChild<Ready>(
  entry: URL,
  setup: Serializable,
  nodeOptions: string[] = [],
): Promise<ChildHandle<Ready>> {
  const child = fork(fileURLToPath(entry), [], {
    // Plain Node on the built files, as the server runs in production: a loader such as
    // tsx would add its own thread and tens of megabytes to every measured process.
    execArgv: nodeOptions,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  if (child.pid === undefined) throw new Error(`could not start ${entry}`);

  const firstAnswer = nextMessage<Ready>(child);
  child.send(setup);
  const ready = await firstAnswer;

  return {
    pid: child.pid,
    ready,
    ask<Answer>(message: Serializable) {
      const answer = nextMessage<Answer>(child);
      child.send(message);
      return answer;
    },
    stop: () => stopChild(child),
  };
}
