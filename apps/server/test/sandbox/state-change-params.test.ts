import { demoInstanceIds as ids } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { http } from '../support/http.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';

const sandbox = useSandbox();

async function post(path: string, extra: Record<string, string | string[]>) {
  const { url } = await startServer({ EC2_ENDPOINT: sandbox.current.endpoint });
  const params = originalParams(sandbox.current.credentials);
  return http(url, path, { form: { ...params, instance_id: ids.web1, ...extra } });
}

test.each(['true', 'True', 'TRUE', '1'])('dry_run=%s is a dry run', async (value) => {
  const response = await post('/ec2/stop', { dry_run: value });

  expect(response.status).toBe(200);
  expect(response.body.dryRun).toBe(true);
});

test('dry_run=0 in the query string is a real call', async () => {
  const { url } = await startServer({ EC2_ENDPOINT: sandbox.current.endpoint });
  const params = originalParams(sandbox.current.credentials);

  const response = await http(url, '/ec2/stop', {
    method: 'POST',
    query: { ...params, instance_id: ids.web1, dry_run: '0' },
  });

  expect(response.status).toBe(200);
  expect(response.body.dryRun).toBe(false);
  expect(response.body.instances[0].currentState).toBe('stopping');
});

test('a JSON body sends real booleans and numbers', async () => {
  const { url } = await startServer({ EC2_ENDPOINT: sandbox.current.endpoint });
  const params = originalParams(sandbox.current.credentials);

  const response = await http(url, '/ec2/stop', {
    json: { ...params, instance_id: [ids.web1], dryRun: true, force: false },
  });

  expect(response.status).toBe(200);
  expect(response.body.dryRun).toBe(true);
});

test.each([
  ['dry_run', 'yes'],
  ['wait', ''],
  ['force', 'on'],
  ['hibernate', '2'],
])('%s=%j is a 400 naming the parameter and its rule', async (name, value) => {
  const response = await post('/ec2/stop', { [name]: value });

  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    message: `${name} must be true, false, 1 or 0`,
    issues: [{ path: name, message: 'must be true, false, 1 or 0' }],
  });
});

test.each(['0', '901', '1.5', 'soon'])(
  'wait_timeout_seconds=%s is a 400',
  async (value) => {
    const response = await post('/ec2/start', {
      wait: 'true',
      wait_timeout_seconds: value,
    });

    expect(response.status).toBe(400);
    expect(response.body.error.issues).toEqual([
      {
        path: 'wait_timeout_seconds',
        message: 'must be a whole number of seconds from 1 to 900',
      },
    ]);
  },
);

test('hibernate_fallback without hibernate is a 400 naming it', async () => {
  const response = await post('/ec2/stop', { hibernate_fallback: 'true' });

  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    message: 'hibernate_fallback needs hibernate to be true',
  });
});

test('a flag given twice with different values is a 400', async () => {
  const response = await post('/ec2/stop', { dry_run: 'true', dryRun: 'false' });

  expect(response.status).toBe(400);
  expect(response.body.error.message).toBe('dry_run,dryRun disagree; give one of them');
});
