import { expect, test } from 'vitest';

import { audit } from './audit.js';
import { ApiError } from './errors/api-error.js';

function recordingLog() {
  const lines: Record<string, unknown>[] = [];
  return {
    lines,
    log: { info: (fields: Record<string, unknown>) => lines.push(fields) },
  };
}

const input = {
  region: 'us-east-1',
  instanceIds: ['i-0123456789abcdef0'],
  dryRun: false,
};

test('a state change that ran is logged with per-instance counts', async () => {
  const { lines, log } = recordingLog();
  const data = { instances: [{ id: 'i-1', ok: true }, { id: 'i-2', ok: false }, {}] };

  const result = await audit({
    ctx: { caller: 'ops-team', log },
    path: 'ec2.stop',
    input: { ...input, dryRun: true },
    next: async () => ({ ok: true as const, data }),
  });

  expect(result).toEqual({ ok: true, data });
  expect(lines).toEqual([
    {
      audit: true,
      caller: 'ops-team',
      action: 'stop',
      region: 'us-east-1',
      instanceIds: ['i-0123456789abcdef0'],
      dryRun: true,
      outcome: { ok: 2, failed: 1 },
    },
  ]);
});

test('a state change that failed is logged with the error code', async () => {
  const { lines, log } = recordingLog();
  const error = new ApiError('AWS_UNAUTHORIZED', 'UnauthorizedOperation: no');

  const result = await audit({
    ctx: { caller: 'key:0123456789ab', log },
    path: 'ec2.start',
    input,
    next: async () => ({ ok: false as const, error }),
  });

  expect(result).toEqual({ ok: false, error });
  expect(lines).toMatchObject([
    { action: 'start', dryRun: false, outcome: { error: 'AWS_UNAUTHORIZED' } },
  ]);
});
