import { once } from 'node:events';

/** The setup message the bench sends a child first. */
export async function setupMessage<T>(): Promise<T> {
  const [message] = await once(process, 'message');
  return message as T;
}

export function sendToBench(message: unknown): void {
  if (!process.send) throw new Error('run this file through the bench, which forks it');
  process.send(message);
}

/** A child that loses its bench exits too, rather than holding a port. */
export function exitWithBench(): void {
  process.on('disconnect', () => process.exit(0));
}
