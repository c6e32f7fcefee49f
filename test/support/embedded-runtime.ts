import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Camunda8 } from '@camunda8/sdk';
import { serverModule } from './native-loader';
import { basicAuthorization, ensureRuntimeCredential, sdkBasicAuth } from '../../src/runtime/runtime-credential';

export type CamundaClient = ReturnType<Camunda8['getOrchestrationClusterApiClient']>;

/**
 * The runtime a test suite talks to, always over HTTP through @camunda8/sdk. The embedded engine
 * is the default; `YUKK_TEST_RUNTIME=camunda` points the same suite at a real Camunda 8 given by
 * ZEEBE_REST_ADDRESS (and its auth settings from the environment).
 */
export interface TestRuntime {
  kind: 'embedded' | 'camunda';
  url: string;
  /** Headers a raw HTTP call to /v2 needs (the embedded server's runtime credential; none for Camunda 8). */
  headers: Record<string, string>;
  camunda: Camunda8;
  api: CamundaClient;
  /** Deploys files (paths) in one deployment. */
  deploy(...files: string[]): ReturnType<CamundaClient['createDeployment']>;
  stop(): Promise<void>;
}

type SdkAuth = ReturnType<typeof sdkBasicAuth>;

/**
 * Every response is validated against Camunda's schemas: that is the conformance check. The embedded server's
 * /v2 needs its runtime credential; it goes into the environment too, for clients a spec builds itself.
 */
function configureSdkEnvironment(restAddress: string, auth: SdkAuth | undefined): void {
  process.env.ZEEBE_REST_ADDRESS = restAddress;
  process.env.CAMUNDA_SDK_VALIDATION = 'res:strict';
  if (auth) Object.assign(process.env, auth);
  process.env.CAMUNDA_SDK_LOG_LEVEL ??= 'error';
}

function client(restAddress: string, auth: SdkAuth | undefined): { camunda: Camunda8; api: CamundaClient } {
  const camunda = new Camunda8({ ZEEBE_REST_ADDRESS: restAddress, ...auth } as never);
  const api = camunda.getOrchestrationClusterApiClient();
  // The suite is only a conformance check when every response is validated against Camunda's schemas.
  if (api.getConfig().validation.res !== 'strict') throw new Error('CAMUNDA_SDK_VALIDATION=res:strict did not take effect');
  return { camunda, api };
}

function deployer(api: CamundaClient) {
  return (...files: string[]) =>
    api.createDeployment({ resources: files.map((f) => new File([fs.readFileSync(f)], path.basename(f))) });
}

type StartServer = typeof import('../../src/server').startServer;

function loadStartServer(): StartServer {
  return serverModule<{ startServer: StartServer }>('src/server.ts').startServer;
}

export async function startEmbeddedRuntime(): Promise<TestRuntime> {
  // Loaded lazily so a suite run against Camunda 8 never boots Nest or opens SQLite.
  const startServer = loadStartServer();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-conformance-'));
  // The server's own rule for the credential, on this test file's environment (a configured one, or generated).
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    processesDir: path.join(dataDir, 'processes'),
    formsDir: path.join(dataDir, 'forms'),
    runtimeCredential: ensureRuntimeCredential(dataDir, process.env),
  });
  const auth = sdkBasicAuth(server.runtimeCredential!);
  configureSdkEnvironment(server.url, auth);
  const { camunda, api } = client(server.url, auth);
  return {
    kind: 'embedded',
    url: server.url,
    headers: { authorization: basicAuthorization(server.runtimeCredential!) },
    camunda,
    api,
    deploy: deployer(api),
    async stop() {
      api.stopAllWorkers();
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function connectCamundaRuntime(): Promise<TestRuntime> {
  const url = process.env.ZEEBE_REST_ADDRESS;
  if (!url) throw new Error('YUKK_TEST_RUNTIME=camunda needs ZEEBE_REST_ADDRESS');
  configureSdkEnvironment(url, undefined);
  const { camunda, api } = client(url, undefined);
  return { kind: 'camunda', url, headers: {}, camunda, api, deploy: deployer(api), async stop() { api.stopAllWorkers(); } };
}

/** The seam of the environment matrix: embedded unless YUKK_TEST_RUNTIME=camunda. */
export function runtimeUnderTest(): Promise<TestRuntime> {
  return process.env.YUKK_TEST_RUNTIME === 'camunda' ? connectCamundaRuntime() : startEmbeddedRuntime();
}
