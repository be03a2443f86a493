/** The health check: load balancers call it without a token, and it is never limited. */
export const HEALTH_ROUTE = '/healthz';

/** Where the Swagger UI page and its files are served. */
export const DOCS_PREFIX = '/docs';

/** The OpenAPI document; like the docs page, it describes the API and needs no token. */
export const OPENAPI_ROUTE = '/openapi.json';

/** Routes of the API's docs page, which browsers load without a token. */
export function isDocsRoute(url: string): boolean {
  return url === DOCS_PREFIX || url.startsWith(`${DOCS_PREFIX}/`);
}
