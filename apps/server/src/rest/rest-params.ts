import type { RawCredentials } from '@ec2-control/api';
import { z } from 'zod';

import { credentialFields } from './credential-params.js';
import type { RestField } from './rest-field.js';

type Values = Record<string, unknown>;
type Ctx = z.core.$RefinementCtx<Values>;

function shapeOf(fields: readonly RestField[]) {
  const entries = fields.flatMap(({ names: [name, ...aliases], schema }) => [
    [name, schema.optional()],
    ...aliases.map((alias) => [alias, schema.optional().describe(`Same as ${name}`)]),
  ]);
  return Object.fromEntries(entries) as Record<string, z.ZodOptional>;
}

function givenNames(field: RestField, values: Values): string[] {
  return field.names.filter((name) => values[name] !== undefined);
}

/** Each field's value, from the first of its names that was given. */
function pick(fields: readonly RestField[], values: Values): Values {
  const entries = fields
    .map((field) => [field.field, values[givenNames(field, values)[0] ?? '']] as const)
    .filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries);
}

function checkAgreement(fields: readonly RestField[], values: Values, ctx: Ctx) {
  for (const field of fields) {
    const given = givenNames(field, values);
    const distinct = new Set(given.map((name) => JSON.stringify(values[name])));
    if (distinct.size > 1) {
      const message = 'disagree; give one of them';
      ctx.addIssue({ code: 'custom', path: [given.join(',')], message });
    }
  }
}

// The API schema owns the rules across fields (region or regions, hibernate_fallback
// with hibernate) and what is required. It reads the same values, so only its issues
// about other fields, or across fields, are new; each is named by its REST name.
function addApiIssues(
  api: z.ZodType,
  fields: readonly RestField[],
  values: Values,
  ctx: Ctx,
) {
  const restName = new Map(
    fields.flatMap((field) => {
      const name = field.names[0];
      return [field.field, ...field.names].map((key) => [key, name] as const);
    }),
  );
  const failed = new Set(
    ctx.issues.map((issue) => restName.get(String(issue.path?.[0]))),
  );

  for (const issue of api.safeParse(pick(fields, values)).error?.issues ?? []) {
    const [head, ...rest] = issue.path;
    const name = restName.get(String(head)) ?? String(head);
    if (issue.code === 'custom' || !failed.has(name)) {
      ctx.addIssue({ code: 'custom', path: [name, ...rest], message: issue.message });
    }
  }
}

/**
 * The parameters of one REST route: every name it reads, each with the API field's
 * schema, and the API schema for the rules across fields. Parsing gives the procedure's
 * input and the credentials given as parameters; the document shows the same object.
 */
export function restParams<S extends z.ZodType>(
  api: S,
  fields: readonly RestField[],
): RestParams<z.input<S>> {
  const allFields = [...fields, ...credentialFields];

  return z
    .strictObject(shapeOf(allFields))
    .superRefine(
      function checkParams(values, ctx) {
        checkAgreement(allFields, values, ctx);
        addApiIssues(api, fields, values, ctx);
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    )
    .transform((values) => ({
      input: pick(fields, values) as z.input<S>,
      credentials: pick(credentialFields, values) as RawCredentials,
    }));
}

/** A route's parameter schema: an object of every name it reads, then the mapping. */
export type RestParams<I> = z.ZodPipe<
  z.ZodObject<Record<string, z.ZodOptional>>,
  z.ZodTransform<{ input: I; credentials: RawCredentials }, Values>
>;
