import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createServer, type Socket } from 'node:net';
import { onTestFinished } from 'vitest';

/** A loopback URL where nothing listens: a port that was free a moment ago. */
export async function closedPortEndpoint(): Promise<string> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');

  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return `http://127.0.0.1:${port}`;
}

/** A TCP server that accepts connections and never answers; closed after the test. */
export async function silentEndpoint(): Promise<string> {
  const sockets = new Set<Socket>();
  const server = createServer(function holdOpen(socket) {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');

  onTestFinished(async function closeSilentServer() {
    for (const socket of sockets) socket.destroy();
    server.close();
    await once(server, 'close');
  });

  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}
