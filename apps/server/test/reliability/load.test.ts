import { type RunningSandbox, startSandbox } from '@ec2-control/sandbox';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { http } from '../support/http.js';
import { keyHeaders, type LoadOutcome, runLoad } from './support/load.js';
import { gcNodeArgs, residentAfterGc } from './support/memory.js';
import { fastMode } from './support/mode.js';
import { spawnQuietMain } from './support/quiet-main.js';

const FLEET_SIZE = 50;
const CONNECTIONS = 50;
const WARM_UP_SECONDS = 10;
const LOAD_SECONDS = fastMode ? 10 : 60;

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    delays: { pendingMs: 0, stoppingMs: 0, shuttingDownMs: 0 },
    fleet: { generate: FLEET_SIZE, regions: ['us-east-1'] },
  });
});
afterAll(() => sandbox.close());

// A child process, so that its memory is its own. Logging at warn keeps the pipe to this
// process, which is busy sending the load, out of what is measured.
function serverProcess() {
  return spawnQuietMain(
    { EC2_ENDPOINT: sandbox.endpoint, RATE_LIMIT_MAX: '0' },
    gcNodeArgs,
  );
}

function listLoad(url: string, seconds: number): Promise<LoadOutcome> {
  return runLoad({
    url: `${url}/ec2/list?region_name=us-east-1`,
    connections: CONNECTIONS,
    seconds,
    headers: keyHeaders(sandbox.credentials),
  });
}

function failuresOf(outcome: LoadOutcome) {
  const { errors, timeouts, non2xx, serverErrors } = outcome;
  return { errors, timeouts, non2xx, serverErrors };
}

const noFailures = { errors: 0, timeouts: 0, non2xx: 0, serverErrors: 0 };

test(
  `50 connections listing for ${LOAD_SECONDS} s all get a 200 with the whole fleet`,
  async () => {
    const { main, url } = await serverProcess();
    const warmUp = fastMode ? undefined : await listLoad(url, WARM_UP_SECONDS);
    const warm = fastMode ? 0 : await residentAfterGc(main);

    const outcome = await listLoad(url, LOAD_SECONDS);
    const after = fastMode ? 0 : await residentAfterGc(main);
    const sample = await http(url, '/ec2/list', {
      query: { region_name: 'us-east-1' },
      headers: keyHeaders(sandbox.credentials),
    });

    console.info(`load: ${outcome.requests} requests in ${LOAD_SECONDS} s`);
    if (warmUp) expect(failuresOf(warmUp)).toEqual(noFailures);
    expect(failuresOf(outcome)).toEqual(noFailures);
    expect(outcome.statuses).toEqual({ 200: outcome.requests });
    expect(outcome.requests).toBeGreaterThan(CONNECTIONS);
    expect(sample.body.instances).toHaveLength(FLEET_SIZE);
    if (!fastMode) {
      console.info(`resident memory: ${warm} KiB after warm-up, ${after} KiB after load`);
      expect(after).toBeLessThanOrEqual(warm * 1.1);
    }
  },
  (WARM_UP_SECONDS + LOAD_SECONDS + 60) * 1000,
);
