import type { ApiLogger } from './context.js';
import { describeError } from './errors/describe.js';

interface StateChangeFields {
  region?: unknown;
  instanceIds?: unknown;
  dryRun?: unknown;
}

interface StateChangeResult {
  instances?: { ok?: boolean }[];
}

type ProcedureResult = { ok: true; data: unknown } | { ok: false; error: unknown };

interface AuditOptions<R extends ProcedureResult> {
  ctx: { caller: string; log?: ApiLogger | undefined };
  path: string;
  input: unknown;
  next(): Promise<R>;
}

// Per-instance results say `ok: false` for the instances that failed; outputs without
// the flag list only instances that succeeded.
function outcomeOf(result: ProcedureResult) {
  if (!result.ok) return { error: describeError(result.error).apiCode };

  const instances = (result.data as StateChangeResult | undefined)?.instances ?? [];
  const failed = instances.filter((instance) => instance.ok === false).length;
  return { ok: instances.length - failed, failed };
}

/**
 * One audit line for every state change, whether it worked or not: who asked, what,
 * where, and how it went. Runs after input parsing, so it logs the ids EC2 was sent.
 */
export async function audit<R extends ProcedureResult>(opts: AuditOptions<R>) {
  const { ctx, path } = opts;
  const input = (opts.input ?? {}) as StateChangeFields;
  const result = await opts.next();

  const fields = {
    audit: true,
    caller: ctx.caller,
    action: path.split('.').at(-1),
    region: input.region,
    instanceIds: input.instanceIds,
    dryRun: input.dryRun === true,
    outcome: outcomeOf(result),
  };
  ctx.log?.info(fields, `audit ${path}`);

  return result;
}
