import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { type ApiErrorCode, apiErrors } from '@ec2-control/api';

import { errorBody } from './error-body.js';

// Node's HTTP parser rejects some requests before Fastify routes them: bytes a URL may
// not hold, or headers (a long query string among them) past the size limit. Those
// callers get the same JSON error body as every other caller mistake.
function viewOf(error: NodeJS.ErrnoException) {
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const apiCode: ApiErrorCode = tooLarge ? 'HEADERS_TOO_LARGE' : 'MALFORMED_REQUEST';
  const message = tooLarge
    ? 'The request line and headers are too large; send long id lists in a body'
    : 'The request is not valid HTTP; percent-encode non-ASCII characters in the URL';

  return { apiCode, status: apiErrors[apiCode].status, message };
}

export function rejectClientError(error: NodeJS.ErrnoException, socket: Socket) {
  if (!socket.writable) return;

  const body = JSON.stringify(errorBody(viewOf(error), randomUUID()));
  const status = viewOf(error).status;
  const reason = status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
