import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Engine } from '../engine';
import { AppModule } from './app.module';
import { AppDbDurability, durableAnswers } from './auth/app-db-durability';
import { AppConfig } from './config/app-config';
import { startupResources } from './runtime/bundled-resources';
import { CamundaStartupDeployer } from './runtime/camunda-startup-deployer';
import { ENGINE } from './runtime/engine.token';
import { lockDataFolder } from './runtime/data-folder-lock';
import { ensureRuntimeCredential, RuntimeCredential } from './runtime/runtime-credential';
import { allowedHostNames, hostCheck } from './http/host-check';
import { installHostCheck } from './http/front-door';
import { JSON_BODY_LIMIT_BYTES } from './http/body-errors';
import { inputLimits } from './http/input-limits';
import { securityHeaders } from './http/security-headers';
import { staticAssets } from './http/static-assets';
import { announceServerUrl, setupUiApi } from './ui-api/setup';
import { installRuntimeHotPath } from './v2/http/hot-path';
import { WorkerRuntime } from '../workers/workers.module';

export interface RunningServer {
  app: NestExpressApplication;
  url: string;
  config: AppConfig;
  /** Embedded mode: what a /v2 client presents (HTTP Basic). */
  runtimeCredential?: RuntimeCredential;
  close(): Promise<void>;
}

/**
 * Creates and starts the server. Used by `main.ts` and by tests (in-process, port 0).
 * In embedded mode the runtime address the SDK uses is this server itself.
 */
export async function startServer(options: AppConfig): Promise<RunningServer> {
  // Before anything opens a database in the folder: one server per data folder (data-folder-lock.ts).
  const lock = lockDataFolder(options.dataDir);
  let app: NestExpressApplication;
  let config: AppConfig;
  try {
    const runtimeCredential = options.externalRestAddress ? undefined : (options.runtimeCredential ?? ensureRuntimeCredential(options.dataDir));
    config = { ...options, runtimeCredential };
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
      logger: process.env.LOG_LEVEL === 'debug' ? ['log', 'error', 'warn', 'debug'] : ['error', 'warn'],
      bodyParser: false,
    });
  } catch (err) {
    lock.release();
    throw err;
  }
  // Embedded: the hot /v2 commands are answered before express (see hot-path.ts).
  if (config.runtimeCredential) installRuntimeHotPath(app.getHttpServer(), app.get<Engine>(ENGINE, { strict: false }), config.runtimeCredential);
  // In front of everything, the hot path included: a foreign Host is refused on every route (DNS rebinding).
  installHostCheck(app.getHttpServer(), hostCheck(allowedHostNames(config.host)));
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  // Before everything that answers: no answer goes out before the app.db writes made for it are on disk.
  app.use(durableAnswers(app.get(AppDbDurability, { strict: false })));
  app.use(securityHeaders());
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT_BYTES });
  app.use(inputLimits());
  // The built browser UI (web/dist, `npm run build:web`) is served from the root when present: compressed,
  // content-hashed assets cached for good, index.html revalidated.
  const webDist = path.resolve(process.cwd(), 'web', 'dist');
  if (fs.existsSync(webDist)) app.use(staticAssets(webDist));
  app.enableShutdownHooks();
  setupUiApi(app);
  try {
    await app.listen(config.port, config.host);
  } catch (err) {
    await app.close().catch(() => undefined);
    lock.release();
    throw err;
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  announceServerUrl(app, url);
  // Camunda 8: processes/ and forms/ go out now, in the background, retried until the cluster takes them
  // (the embedded engine got them before listening).
  if (config.externalRestAddress) app.get(CamundaStartupDeployer).start(startupResources(config));
  if (config.workers) app.get(WorkerRuntime).start(config.externalRestAddress ?? url, config.dataDir, config.runtimeCredential);
  const close = async () => {
    try {
      await app.close();
    } finally {
      lock.release();
    }
  };
  return { app, url, config, runtimeCredential: config.runtimeCredential, close };
}
