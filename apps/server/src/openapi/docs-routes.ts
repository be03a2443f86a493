import swagger, { type StaticDocumentSpec } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

import type { Config } from '../config.js';
import { DOCS_PREFIX, OPENAPI_ROUTE } from '../open-routes.js';
import { openApiDocument } from './document.js';

/**
 * The OpenAPI document at /openapi.json, and a Swagger UI page at /docs that reads it and
 * can call the routes. Both are made once, when the app is built.
 */
export async function docsRoutes(app: FastifyInstance, config: Config) {
  const document = openApiDocument(config);
  const json = JSON.stringify(document);

  app.get(OPENAPI_ROUTE, async function openApi(_request, reply) {
    return reply.type('application/json; charset=utf-8').send(json);
  });

  // The plugin's types know OpenAPI 3.0 only; it serves a 3.1 document as it is.
  const spec = { document: document as unknown as StaticDocumentSpec['document'] };
  await app.register(swagger, { mode: 'static', specification: spec });
  await app.register(swaggerUi, {
    routePrefix: DOCS_PREFIX,
    theme: { title: 'ec2-control API' },
    uiConfig: { displayRequestDuration: true, defaultModelsExpandDepth: 0 },
  });
}
