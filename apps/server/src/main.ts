import { buildApp } from './app.js';
import { configFromEnvironment } from './config.js';
import { closeOnSignals, configOrExit, listenOrExit } from './lifecycle.js';

const config = configOrExit(() => configFromEnvironment());
const app = await buildApp(config);

closeOnSignals(app.log, () => app.close());
await listenOrExit(
  () => app.listen({ host: config.host, port: config.port }),
  config.port,
  'PORT',
);
