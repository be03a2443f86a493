import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import {
  canary,
  canaryHeaders,
  canaryParams,
  expectNoLeaks,
  leaksIn,
  sendAll,
  statusesOf,
} from '../support/canary.js';
import { closedPortEndpoint, silentEndpoint } from '../support/dead-endpoints.js';
import type { HttpCall } from '../support/http.js';
import { useMoto } from '../support/moto.js';
import { startServer } from '../support/server.js';

const moto = useMoto();

const unknownId = 'i-0123456789abcdef0';

function trpcGet(region: string): string {
  return `/trpc/ec2.list?input=${encodeURIComponent(JSON.stringify({ region }))}`;
}

test('REST requests carrying AWS keys in query, form, JSON or headers never show them', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint, LOG_LEVEL: 'trace' });
  const region = { region_name: 'us-east-1' };
  const stop = { ...region, instance_id: unknownId };

  const results = await sendAll(server.url, {
    query: ['/ec2/list', { query: { ...canaryParams, ...region } }],
    form: ['/ec2/list', { form: { ...canaryParams, ...region } }],
    json: ['/ec2/list', { json: { ...canaryParams, ...region } }],
    headers: ['/ec2/list', { query: region, headers: canaryHeaders }],
    badRegion: ['/ec2/list', { query: { ...canaryParams, region_name: 'nowhere' } }],
    badKeyShape: [
      '/ec2/list',
      {
        query: {
          ...canaryParams,
          ...region,
          aws_access_key_id: `${canary.accessKeyId}-`,
        },
      },
    ],
    badId: [
      '/ec2/stop',
      { method: 'POST', query: { ...canaryParams, ...region, instance_id: 'i-x' } },
    ],
    unknownByQuery: [
      '/ec2/stop',
      { method: 'POST', query: { ...canaryParams, ...stop } },
    ],
    unknownByForm: ['/ec2/start', { form: { ...canaryParams, ...stop } }],
    unknownByJson: ['/ec2/stop', { json: { ...canaryParams, ...stop } }],
    unknownByHeaders: [
      '/ec2/stop',
      { method: 'POST', query: stop, headers: canaryHeaders },
    ],
    malformedJson: [
      '/ec2/list',
      {
        body: `{"aws_secret_access_key": "${canary.secretAccessKey}", "region_name": `,
        headers: { 'content-type': 'application/json' },
      },
    ],
    xmlBody: [
      '/ec2/list',
      {
        body: `<key>${canary.secretAccessKey}</key>`,
        headers: { 'content-type': 'application/xml' },
      },
    ],
    wrongMethod: ['/ec2/start', { query: { ...canaryParams, ...stop } }],
    unknownPath: [
      '/ec2/reboot',
      { query: { ...canaryParams, ...stop }, headers: canaryHeaders },
    ],
  });

  expect(statusesOf(results)).toEqual({
    query: 200,
    form: 200,
    json: 200,
    headers: 200,
    badRegion: 400,
    badKeyShape: 400,
    badId: 400,
    unknownByQuery: 404,
    unknownByForm: 404,
    unknownByJson: 404,
    unknownByHeaders: 404,
    malformedJson: 400,
    xmlBody: 415,
    wrongMethod: 405,
    unknownPath: 404,
  });
  expectNoLeaks(server.logs, results);
});

test('tRPC requests carrying AWS keys in headers never show them', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint, LOG_LEVEL: 'trace' });
  const client = createEc2Client({ url: server.url, credentials: canary });
  const stop = { region: 'us-east-1', instanceIds: [unknownId] };

  const results = await sendAll(server.url, {
    list: [trpcGet('us-east-1'), { headers: canaryHeaders }],
    badRegion: [trpcGet('nowhere'), { headers: canaryHeaders }],
    unknownInstance: ['/trpc/ec2.stop', { json: stop, headers: canaryHeaders }],
    malformedJson: [
      '/trpc/ec2.start',
      {
        body: `{"secret": "${canary.secretAccessKey}", "region": `,
        headers: { ...canaryHeaders, 'content-type': 'application/json' },
      },
    ],
  });
  const clientError = await client.ec2.stop.mutate(stop).catch((error: unknown) => error);

  expect(statusesOf(results)).toEqual({
    list: 200,
    badRegion: 400,
    unknownInstance: 404,
    malformedJson: 400,
  });
  expect(clientError).toMatchObject({ data: { apiCode: 'INSTANCE_NOT_FOUND' } });
  expect(leaksIn(JSON.stringify(clientError) + String(clientError))).toEqual([]);
  expectNoLeaks(server.logs, results);
});

test('calls that fail at the EC2 endpoint never show the AWS keys', async () => {
  const region = { region_name: 'us-east-1' };
  const calls: Record<string, [string, HttpCall]> = {
    rest: ['/ec2/list', { query: { ...canaryParams, ...region } }],
    restHeaders: [
      '/ec2/stop',
      { json: { ...region, instance_id: unknownId }, headers: canaryHeaders },
    ],
    trpc: [trpcGet('us-east-1'), { headers: canaryHeaders }],
  };
  const denied = await startServer({ EC2_ENDPOINT: moto.endpoint, LOG_LEVEL: 'trace' });
  const unreachable = await startServer({
    EC2_ENDPOINT: await closedPortEndpoint(),
    LOG_LEVEL: 'trace',
  });
  const silent = await startServer({
    EC2_ENDPOINT: await silentEndpoint(),
    LOG_LEVEL: 'trace',
    AWS_REQUEST_TIMEOUT_MS: '300',
    AWS_MAX_ATTEMPTS: '1',
  });
  await moto.server.enforceAuth();

  const deniedResults = await sendAll(denied.url, calls);
  const unreachableResults = await sendAll(unreachable.url, calls);
  const silentResults = await sendAll(silent.url, calls);

  expect(statusesOf(deniedResults)).toEqual({ rest: 401, restHeaders: 401, trpc: 401 });
  expect(statusesOf(unreachableResults)).toEqual({
    rest: 502,
    restHeaders: 502,
    trpc: 502,
  });
  expect(statusesOf(silentResults)).toEqual({ rest: 504, restHeaders: 504, trpc: 504 });
  expect(denied.logs.some((line) => line.includes('AWS_AUTH_FAILED'))).toBe(true);
  expectNoLeaks(denied.logs, deniedResults);
  expectNoLeaks(unreachable.logs, unreachableResults);
  expectNoLeaks(silent.logs, silentResults);
});
