import { buildApp } from './app.js';
import { ConfigError, parseConfig } from './config.js';

function loadConfig() {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

const config = loadConfig();
const app = await buildApp(config);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async function shutDown() {
    app.log.info({ signal }, 'closing: finishing requests in flight');
    await app.close();
    process.exit(0);
  });
}

await app.listen({ host: config.host, port: config.port });
