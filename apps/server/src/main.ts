import { buildApp } from './app.js';
import { configFromEnvironment } from './config.js';
import { closeOnSignals, configOrExit } from './lifecycle.js';

const config = configOrExit(() => configFromEnvironment());
const app = await buildApp(config);

closeOnSignals(app.log, () => app.close());
await app.listen({ host: config.host, port: config.port });
