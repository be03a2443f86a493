import { z } from 'zod';

/** A bearer token the API accepts, and the name it is known by in logs. */
export interface ApiToken {
  name: string;
  token: string;
}

const TOKEN_NAME = /^[a-z0-9-]{1,64}$/;
// Printable, without spaces or commas, so that the list stays unambiguous.
const TOKEN_TEXT = /^[\x21-\x2b\x2d-\x7e]+$/;
const MIN_TOKEN_LENGTH = 32;

function entriesOf(text: string): string[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

// Messages name entries by position and name only: a token must never reach a message.
function tokenProblem({ name, token }: ApiToken): string | undefined {
  if (!TOKEN_NAME.test(name)) {
    return 'name must be 1-64 lowercase letters, digits or dashes';
  }
  if (token.length < MIN_TOKEN_LENGTH) {
    return `token must be at least ${MIN_TOKEN_LENGTH} characters`;
  }
  if (!TOKEN_TEXT.test(token)) {
    return 'token must be printable characters without spaces or commas';
  }
  return undefined;
}

function parseToken(entry: string): ApiToken | undefined {
  const colon = entry.indexOf(':');
  if (colon < 0) return undefined;
  return { name: entry.slice(0, colon).trim(), token: entry.slice(colon + 1).trim() };
}

/** `name:token` pairs, comma-separated. */
export const apiTokensSchema = z.string().transform(function parseTokens(text, ctx) {
  const tokens: ApiToken[] = [];

  entriesOf(text).forEach((entry, index) => {
    const token = parseToken(entry);
    const label = `entry ${index + 1}${token ? ` (${token.name})` : ''}`;
    const problem = token ? tokenProblem(token) : 'must be name:token';
    const repeated = tokens.find(
      (other) => other.name === token?.name || other.token === token?.token,
    );

    if (problem) ctx.addIssue({ code: 'custom', message: `${label} ${problem}` });
    else if (repeated) {
      ctx.addIssue({
        code: 'custom',
        message: `${label} repeats an earlier name or token`,
      });
    } else if (token) tokens.push(token);
  });

  return tokens;
});

function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return ['http:', 'https:'].includes(url.protocol) && url.origin === text;
  } catch {
    return false;
  }
}

/** Browser origins allowed to call the API, comma-separated. */
export const originsSchema = z.string().transform(function parseOrigins(text, ctx) {
  const origins = entriesOf(text);

  for (const origin of origins.filter((entry) => !isOrigin(entry))) {
    const message = `"${origin}" must be an origin such as https://ops.example.com`;
    ctx.addIssue({ code: 'custom', message });
  }
  return origins;
});
