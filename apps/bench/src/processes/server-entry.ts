import { buildApp, parseConfig } from '@ec2-control/server';

import { exitWithBench, sendToBench, setupMessage } from './child-ipc.js';
import type { ClientCount, ServerReady, ServerSetup } from './server-process.js';

// The server as main.ts runs it, in a process of its own so that its memory is its own.
// Log lines go to stdout, which the bench discards.
const setup = await setupMessage<ServerSetup>();
const config = parseConfig({ HOST: '127.0.0.1', PORT: '0', ...setup.env });
const app = await buildApp(config);
const url = await app.listen({ host: config.host, port: config.port });

process.on('message', function reportClients() {
  globalThis.gc?.();
  const count: ClientCount = {
    created: app.ec2Clients.created,
    size: app.ec2Clients.size,
    heapAfterGc: process.memoryUsage().heapUsed,
  };
  sendToBench(count);
});
exitWithBench();

const ready: ServerReady = { url };
sendToBench(ready);
