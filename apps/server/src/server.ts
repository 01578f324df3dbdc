import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { startRefusal } from './startup.js';

const config = loadConfig();
const { app, store } = await buildApp(config);
const refusal = await startRefusal(config, store);
if (refusal) {
  console.error(refusal);
  await app.close();
  process.exit(1);
}

let closing = false;
const shutdown = async (signal: string) => {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  await app.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
app.log.info(`Hiwar is listening on ${config.publicUrl}`);
