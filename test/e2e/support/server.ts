/** The real server, in-process on a free port with a throw-away data directory and the synthetic demo users. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureWebBuilt } from './build-web';
import { loadServer } from './native-server';
import { basicAuthorization } from '../../../src/runtime/runtime-credential';

export interface E2eServer {
  url: string;
  /** Authorization header of the server's /v2 (its runtime credential), for the test's own job worker. */
  runtimeAuthorization: string;
  /** The same credential as the SDK takes it (sdkBasicAuth). */
  runtimeCredential: { user: string; password: string };
  close(): Promise<void>;
}

/** Demo users of docs/ui-api.md (synthetic, test-only). */
export const USERS = {
  analyst: 'demo.analyst',
  officer: 'demo.officer',
  supervisor: 'demo.supervisor',
  manager: 'demo.manager',
} as const;
export const DEMO_PASSWORD = 'demo-password-1';

/** `workers`: run the product's job workers in the server (rules, legal calendar, notices), as `npm start` does. */
export async function startE2eServer(opts: { workers?: boolean } = {}): Promise<E2eServer> {
  await ensureWebBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-e2e-'));
  // jest hands tests a copy of process.env; the natively loaded server reads the real one.
  const realEnv = (process.getBuiltinModule('node:process') as NodeJS.Process).env;
  realEnv.YUKK_DEMO_USERS = '1';
  realEnv.CAMUNDA_SDK_LOG_LEVEL ??= 'error';
  const { startServer, loadConfig } = loadServer();
  // The job workers are off unless asked for: the fixtures' automated step is played by the test itself (support/worker.ts).
  const config = { ...loadConfig(realEnv), port: 0, host: '127.0.0.1', dataDir, workers: opts.workers ?? false };
  const server = await startServer(config);
  return {
    url: server.url,
    runtimeAuthorization: basicAuthorization(server.runtimeCredential!),
    runtimeCredential: server.runtimeCredential!,
    async close() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
