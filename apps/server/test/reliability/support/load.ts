import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
}

/** What a load run saw: counts by outcome, and by status. */
export interface LoadOutcome {
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  serverErrors: number;
  statuses: Record<string, number>;
}

/** AWS keys as the headers a load run sends with every request. */
export function keyHeaders(keys: { accessKeyId: string; secretAccessKey: string }) {
  return {
    'x-aws-access-key-id': keys.accessKeyId,
    'x-aws-secret-access-key': keys.secretAccessKey,
  };
}

/** Keeps `connections` requests in flight against `url` for `seconds`. */
export async function runLoad(options: LoadOptions): Promise<LoadOutcome> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers ?? {},
  });
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [
      code,
      count ?? 0,
    ]),
  );

  return {
    requests: result['2xx'] + result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    serverErrors: result['5xx'],
    statuses,
  };
}
