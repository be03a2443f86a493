import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, onTestFinished, test } from 'vitest';

import { useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';
import { fastMode } from './support/mode.js';

const schemathesis = fileURLToPath(
  new URL('../../../../.venv/bin/schemathesis', import.meta.url),
);

// What the brief for the document asks: no 5xx, and every status, content type, header
// and body as /openapi.json declares them. Checks of how precisely the document
// describes valid input (positive_data_acceptance and the like) are left out.
const checks = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
];

const sandbox = useSandbox({
  delays: { pendingMs: 0, stoppingMs: 0, shuttingDownMs: 0 },
});

async function run(command: string, args: string[], cwd: string) {
  const child = spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });

  const [code] = await once(child, 'exit');
  return { code: code as number | null, output };
}

test('schemathesis finds no 5xx and no answer the OpenAPI document does not declare', async () => {
  expect(existsSync(schemathesis), 'schemathesis is missing: run pnpm setup:python').toBe(
    true,
  );
  const { endpoint, credentials } = sandbox.current;
  const { url } = await startServer({
    EC2_ENDPOINT: endpoint,
    RATE_LIMIT_MAX: '0',
    AWS_MAX_ATTEMPTS: '1',
  });
  // Hypothesis keeps its example database in the working directory.
  const workDir = await mkdtemp(join(tmpdir(), 'ec2-control-fuzz-'));
  onTestFinished(() => rm(workDir, { recursive: true, force: true }));

  const { code, output } = await run(
    schemathesis,
    [
      'run',
      `${url}/openapi.json`,
      '--header',
      `x-aws-access-key-id: ${credentials.accessKeyId}`,
      '--header',
      `x-aws-secret-access-key: ${credentials.secretAccessKey}`,
      '--checks',
      checks.join(','),
      '--max-examples',
      fastMode ? '25' : '100',
      // CI runs one fixed set of examples; the full suite draws new ones each time.
      ...(fastMode ? ['--seed', '1'] : []),
      '--request-timeout',
      '10',
    ],
    workDir,
  );

  expect(code, output).toBe(0);
  expect(output).toMatch(/\d+ generated, \d+ passed/);
}, 180_000);
