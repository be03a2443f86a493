export interface HttpCall {
  method?: string;
  query?: Record<string, string | string[]>;
  /** Sent as application/x-www-form-urlencoded. */
  form?: Record<string, string | string[]>;
  /** Sent as application/json. */
  json?: unknown;
  /** Sent as is, with whatever content-type `headers` gives. */
  body?: string;
  headers?: Record<string, string>;
}

export interface HttpResult {
  status: number;
  headers: Headers;
  /** The body as received, for checks that must not depend on its shape. */
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back.
  body: any;
}

function searchParams(values: Record<string, string | string[]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    for (const item of [value].flat()) params.append(name, item);
  }
  return params;
}

function bodyOf(call: HttpCall): { body?: string; type?: string } {
  if (call.form) {
    const type = 'application/x-www-form-urlencoded';
    return { body: searchParams(call.form).toString(), type };
  }
  if (call.json !== undefined) {
    return { body: JSON.stringify(call.json), type: 'application/json' };
  }
  return call.body === undefined ? {} : { body: call.body };
}

/** One plain HTTP request, the way curl or the Flask service's callers send it. */
export async function http(
  baseUrl: string,
  path: string,
  call: HttpCall = {},
): Promise<HttpResult> {
  const url = new URL(path, baseUrl);
  if (call.query) url.search = searchParams(call.query).toString();

  const { body, type } = bodyOf(call);
  const headers = { ...(type ? { 'content-type': type } : {}), ...call.headers };
  const method = call.method ?? (body === undefined ? 'GET' : 'POST');
  const response = await fetch(url, { method, headers, ...(body ? { body } : {}) });

  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('application/json');
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: isJson ? JSON.parse(text) : undefined,
  };
}
