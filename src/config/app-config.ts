import * as path from 'node:path';
import type { RuntimeCredential } from '../runtime/runtime-credential';

/** Runtime settings, all from the environment so one build serves the embedded default and Camunda 8. */
export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Set when an external Camunda 8 cluster is the runtime; unset means the embedded engine at this server's /v2. */
  externalRestAddress?: string;
  processesDir: string;
  formsDir: string;
  /** Run the job workers in this process (default for `npm start`; tests opt in). */
  workers?: boolean;
  /** Deploy processesDir and formsDir at start, in either mode (`YUKK_DEPLOY_AT_START=off`: no); unset means on. */
  deployAtStart?: boolean;
  /** Embedded mode: the credential /v2 requires (startServer resolves it: environment, else the data folder). */
  runtimeCredential?: RuntimeCredential;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const root = process.cwd();
  return {
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(root, env.DATA_DIR ?? 'data'),
    externalRestAddress: env.YUKK_RUNTIME === 'camunda' ? env.ZEEBE_REST_ADDRESS : undefined,
    processesDir: path.resolve(root, env.PROCESSES_DIR ?? 'processes'),
    formsDir: path.resolve(root, env.FORMS_DIR ?? 'forms'),
    workers: env.YUKK_WORKERS !== 'off',
    deployAtStart: env.YUKK_DEPLOY_AT_START !== 'off',
  };
}
