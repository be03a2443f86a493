import { invalidParameterValue } from './errors.js';

const MEMBER_KEY = /^(\d+)(?:\.(.*))?$/;

function memberIndex(
  key: string,
  prefix: string,
): [number, string | undefined] | undefined {
  if (!key.startsWith(`${prefix}.`)) {
    return undefined;
  }

  const match = MEMBER_KEY.exec(key.slice(prefix.length + 1));
  if (match === null) {
    return undefined;
  }

  return [Number(match[1]), match[2]];
}

/** The flat `Name.N.Field` parameters of an EC2 Query request. */
export class QueryParams {
  readonly #values: ReadonlyMap<string, string>;

  constructor(values: Iterable<[string, string]>) {
    this.#values = new Map(values);
  }

  static parse(body: string): QueryParams {
    return new QueryParams(new URLSearchParams(body));
  }

  string(name: string): string | undefined {
    return this.#values.get(name);
  }

  boolean(name: string): boolean {
    return this.#values.get(name)?.toLowerCase() === 'true';
  }

  integer(name: string): number | undefined {
    const raw = this.#values.get(name);
    if (raw === undefined) {
      return undefined;
    }

    const value = Number(raw);
    if (!Number.isSafeInteger(value) || raw.trim() === '') {
      throw invalidParameterValue(`Invalid value '${raw}' for ${name}`);
    }

    return value;
  }

  /** Values of `prefix.1`, `prefix.2`, ... in index order. */
  list(prefix: string): string[] {
    const entries: [number, string][] = [];
    for (const [key, value] of this.#values) {
      const member = memberIndex(key, prefix);
      if (member !== undefined && member[1] === undefined) {
        entries.push([member[0], value]);
      }
    }

    return entries.sort(byIndex).map(([, value]) => value);
  }

  /** Structures under `prefix.N.`, each with its own fields, in index order. */
  members(prefix: string): QueryParams[] {
    const groups = new Map<number, [string, string][]>();
    for (const [key, value] of this.#values) {
      const member = memberIndex(key, prefix);
      if (member === undefined || member[1] === undefined) {
        continue;
      }

      const fields = groups.get(member[0]) ?? [];
      fields.push([member[1], value]);
      groups.set(member[0], fields);
    }

    return [...groups.entries()]
      .sort(byIndex)
      .map(([, fields]) => new QueryParams(fields));
  }
}

function byIndex(a: [number, unknown], b: [number, unknown]): number {
  return a[0] - b[0];
}
