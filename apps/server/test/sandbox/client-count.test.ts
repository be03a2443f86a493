import { expect, onTestFinished, test } from 'vitest';

import { buildApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { originalParams, useSandbox } from '../support/sandbox.js';

const sandbox = useSandbox();

async function appWithCacheSize(size: number) {
  const config = parseConfig({
    LOG_LEVEL: 'silent',
    EC2_ENDPOINT: sandbox.current.endpoint,
    AWS_CLIENT_CACHE_SIZE: String(size),
  });
  const app = await buildApp(config);
  onTestFinished(() => app.close());
  return app;
}

test('the app shows how many AWS clients it built and how many it keeps', async () => {
  const { credentials, readOnlyCredentials } = sandbox.current;
  const app = await appWithCacheSize(1);

  for (const caller of [credentials, credentials, readOnlyCredentials]) {
    const query = originalParams(caller);
    const response = await app.inject({ method: 'GET', url: '/ec2/list', query });
    expect(response.statusCode).toBe(200);
  }

  expect(app.ec2Clients.created).toBe(2);
  expect(app.ec2Clients.size).toBe(1);
});
