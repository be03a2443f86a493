/** The health check: load balancers call it without a token, and it is never limited. */
export const HEALTH_ROUTE = '/healthz';

/** Routes of the API's docs page, which browsers load without a token. */
export function isDocsRoute(url: string): boolean {
  return url === '/docs' || url.startsWith('/docs/');
}
