import { demoInstanceIds, startSandbox } from '@ec2-control/sandbox';

import { buildApp } from '../src/app.js';
import { configFromEnvironment, devConfigFromEnvironment } from '../src/config.js';
import { closeOnSignals, configOrExit, listenOrExit } from '../src/lifecycle.js';
import { banner } from './banner.js';

// The server and a sandbox in one process: one command gives a newcomer a working API.
const { sandboxPort } = configOrExit(devConfigFromEnvironment);
const sandbox = await listenOrExit(
  () => startSandbox({ port: sandboxPort }),
  sandboxPort,
  'SANDBOX_PORT',
);

const config = configOrExit(() =>
  configFromEnvironment({
    defaults: { LOG_FORMAT: 'pretty' },
    overrides: { EC2_ENDPOINT: sandbox.endpoint },
  }),
);
const app = await buildApp(config);

closeOnSignals(app.log, async function closeBoth() {
  await app.close();
  await sandbox.close();
});
await listenOrExit(
  () => app.listen({ host: config.host, port: config.port }),
  config.port,
  'PORT',
);

const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const host = ['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
const apiUrl = `http://${host}:${port}`;

process.stdout.write(
  banner({
    apiUrl,
    sandboxUrl: sandbox.endpoint,
    credentials: sandbox.credentials,
    stoppedId: demoInstanceIds.worker1,
    runningId: demoInstanceIds.web1,
  }),
);
