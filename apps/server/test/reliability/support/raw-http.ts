import { once } from 'node:events';
import { connect } from 'node:net';

import type { HttpResult } from '../../support/http.js';

/**
 * Sends `head` (request line and headers, CRLF-separated) and `body` as raw bytes, for
 * requests that fetch refuses to send, and reads the answer until the server closes.
 */
export async function rawHttp(
  url: string,
  head: string[],
  body = '',
): Promise<HttpResult> {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port) });
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));

  await once(socket, 'connect');
  const lines = [...head, `host: ${hostname}:${port}`, 'connection: close'];
  socket.end(
    Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), Buffer.from(body)]),
  );
  await once(socket, 'close');

  const text = Buffer.concat(chunks).toString('utf8');
  const [top = '', ...rest] = text.split('\r\n\r\n');
  const [statusLine = '', ...headerLines] = top.split('\r\n');
  const headers = new Headers();
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }

  const payload = rest.join('\r\n\r\n');
  const isJson = headers.get('content-type')?.includes('application/json');
  return {
    status: Number(statusLine.split(' ')[1]),
    headers,
    text: payload,
    body: isJson ? JSON.parse(payload) : undefined,
  };
}
