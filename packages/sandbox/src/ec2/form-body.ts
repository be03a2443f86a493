import { QueryParams } from './query-params.js';

/** The raw body is kept beside the parsed parameters because the signature covers it. */
export type FormBody = {
  readonly raw: string;
  readonly params: QueryParams;
};

export function parseFormBody(raw: string): FormBody {
  return { raw, params: QueryParams.parse(raw) };
}

export function formBodyOf(body: unknown): FormBody {
  if (typeof body === 'object' && body !== null && 'params' in body && 'raw' in body) {
    return body as FormBody;
  }

  return parseFormBody('');
}
