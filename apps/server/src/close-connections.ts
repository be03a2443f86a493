import type { FastifyInstance } from 'fastify';

/**
 * Responses sent once closing has begun end their connections. Fastify drops the
 * connections that are idle when it starts to close; one that was busy would otherwise
 * stay open as the client's keep-alive, and hold the close until the client lets go.
 */
export function closeConnectionsWhenClosing(app: FastifyInstance) {
  let closing = false;

  app.addHook('preClose', async function markClosing() {
    closing = true;
  });
  app.addHook('onSend', async function endConnection(_request, reply) {
    if (closing) reply.header('connection', 'close');
  });
}
