import { credentialHeaders } from '@ec2-control/api';
import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

import type { Config } from './config.js';

const sensitiveHeaders = [
  'authorization',
  'cookie',
  'x-api-key',
  ...Object.values(credentialHeaders),
].map((name) => `req.headers["${name}"]`);

interface RequestLike {
  id: string;
  method: string;
  url: string;
}

// Fastify's default serializer logs the whole URL, and the original API took AWS keys in
// the query string; only the path is logged.
function serializeRequest(request: RequestLike) {
  const path = request.url.split('?', 1)[0];
  return { id: request.id, method: request.method, path };
}

export function loggerOptions(config: Config, stream?: DestinationStream) {
  const options: NonNullable<FastifyServerOptions['logger']> = {
    level: config.logLevel,
    redact: { paths: sensitiveHeaders, censor: '[redacted]' },
    serializers: { req: serializeRequest },
  };

  if (stream) return { ...options, stream };
  if (config.logFormat === 'pretty') {
    return {
      ...options,
      transport: { target: 'pino-pretty', options: { colorize: true } },
    };
  }
  return options;
}
