import { loadConfig } from './config/app-config';
import { DataFolderInUseError } from './runtime/data-folder-lock';
import { startLoopDelayLog } from './runtime/loop-delay-log';
import { startServer } from './server';

async function main(): Promise<void> {
  if (process.env.YUKK_LOOP_DELAY_LOG === '1') startLoopDelayLog();
  const config = loadConfig();
  const server = await startServer(config);
  // eslint-disable-next-line no-console
  console.log(`yukk-flow listening on ${server.url} (runtime: ${config.externalRestAddress ? 'Camunda 8 at ' + config.externalRestAddress : 'embedded engine, data in ' + config.dataDir})`);
}

main().catch((err) => {
  // eslint-disable-next-line no-console
  console.error(err instanceof DataFolderInUseError ? err.message : err);
  process.exit(1);
});
