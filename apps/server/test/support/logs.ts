export interface AuditLine {
  audit: true;
  caller: string;
  action: string;
  region: string;
  instanceIds: string[];
  dryRun: boolean;
  outcome: { ok: number; failed: number } | { error: string };
}

/** The audit lines among a server's log lines, in order. */
export function auditLines(logs: readonly string[]): AuditLine[] {
  return logs
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.audit === true)
    .map(({ audit, caller, action, region, instanceIds, dryRun, outcome }) => ({
      audit,
      caller,
      action,
      region,
      instanceIds,
      dryRun,
      outcome,
    })) as AuditLine[];
}
