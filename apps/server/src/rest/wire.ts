import { z } from 'zod';

// Query strings and forms carry text, repeated names arrive as arrays, and JSON bodies
// carry real types. Each helper reads one parameter's wire forms into the value the API
// field takes, then validates it with that field's own schema, which the OpenAPI
// document shows (zod documents a preprocessed schema by its target).

type Ctx = z.core.$RefinementCtx<unknown>;

const FLAG_RULE = 'must be true, false, 1 or 0';
const ONCE_FLAG_RULE = 'must be given once, as true, false, 1 or 0';

// Python callers write str(True), so case does not matter.
const TRUE = /^(true|1)$/i;
const FALSE = /^(false|0)$/i;
const DIGITS = /^\s*\d{1,9}\s*$/;

function refuse(ctx: Ctx, value: unknown, message: string): unknown {
  ctx.addIssue({ code: 'custom', message });
  return value;
}

/** A single string; a repeated name or another JSON type is refused with the rule. */
export function text<T extends z.ZodType>(schema: T) {
  return z.preprocess(function readText(value, ctx) {
    if (value === undefined || typeof value === 'string') return value;
    return refuse(ctx, value, 'must be given once, as a string');
  }, schema);
}

/** A whole number, as digits in text or a JSON number. */
export function integer<T extends z.ZodType>(schema: T) {
  return z.preprocess(function readInteger(value, ctx) {
    if (Array.isArray(value)) {
      return refuse(ctx, value, 'must be given once, as a whole number');
    }
    // Other text goes on, for the field's own schema to name its rule.
    return typeof value === 'string' && DIGITS.test(value) ? Number(value) : value;
  }, schema);
}

/** true, false, 1 or 0 in any case, or a JSON boolean. */
export function flag<T extends z.ZodType>(schema: T) {
  return z.preprocess(function readFlag(value, ctx) {
    if (value === undefined || typeof value === 'boolean') return value;
    if (Array.isArray(value)) return refuse(ctx, value, ONCE_FLAG_RULE);

    const word = typeof value === 'string' ? value.trim() : '';
    if (TRUE.test(word)) return true;
    if (FALSE.test(word)) return false;
    return refuse(ctx, value, FLAG_RULE);
  }, schema);
}

/** `a,b`, repeated parameters, or a JSON array: one list of trimmed values. */
function readList(value: unknown): unknown {
  const items = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(items)) return items;

  return items.flatMap((item) =>
    typeof item === 'string' ? item.split(',').map((part) => part.trim()) : [item],
  );
}

export function list<T extends z.ZodType>(schema: T) {
  return z.preprocess(readList, schema);
}

/** Like `list`, but "all" stays a word rather than becoming a list of one. */
export function regionList<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === 'all' ? value : readList(value)), schema);
}

/** One id, several comma-separated, repeated parameters, or a JSON array. */
export function idList<T extends z.ZodType>(schema: T) {
  return z.preprocess(function readIds(value) {
    return typeof value === 'string' ? value.split(',') : value;
  }, schema);
}
