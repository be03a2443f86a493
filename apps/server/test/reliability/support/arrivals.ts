import type { Server } from 'node:http';
import { onTestFinished } from 'vitest';

/** Resolves once `count` requests have reached `server`; stops counting after the test. */
export function arrivals(server: Server, count: number): Promise<void> {
  let seen = 0;

  return new Promise((resolve) => {
    function countArrival() {
      seen += 1;
      if (seen === count) resolve();
    }
    server.on('request', countArrival);
    onTestFinished(() => {
      server.off('request', countArrival);
    });
  });
}
