#!/usr/bin/env node
import { ADMIN_PREFIX } from './build-sandbox.js';
import { loadConfig } from './config.js';
import { demoCredentials, demoReadOnlyCredentials } from './demo/demo-credentials.js';
import { startSandbox } from './start-sandbox.js';

const config = loadConfig(process.env);
const sandbox = await startSandbox({
  port: config.port,
  host: config.host,
  delays: config.delays,
  fleet: config.fleet,
  logger: { level: config.logLevel },
});

sandbox.app.log.info(
  {
    endpoint: sandbox.endpoint,
    admin: `${sandbox.endpoint}${ADMIN_PREFIX}`,
    regions: sandbox.regions,
    credentials: demoCredentials,
    readOnlyCredentials: demoReadOnlyCredentials,
  },
  'EC2 sandbox ready',
);

async function shutDown(signal: NodeJS.Signals): Promise<void> {
  sandbox.app.log.info({ signal }, 'EC2 sandbox stopping');
  await sandbox.close();
}

process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);
