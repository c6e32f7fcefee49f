import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Camunda8 } from '@camunda8/sdk';

export type CamundaClient = ReturnType<Camunda8['getOrchestrationClusterApiClient']>;

/**
 * The runtime a test suite talks to, always over HTTP through @camunda8/sdk. The embedded engine
 * is the default; `YUKK_TEST_RUNTIME=camunda` points the same suite at a real Camunda 8 given by
 * ZEEBE_REST_ADDRESS (and its auth settings from the environment).
 */
export interface TestRuntime {
  kind: 'embedded' | 'camunda';
  url: string;
  camunda: Camunda8;
  api: CamundaClient;
  /** Deploys files (paths) in one deployment. */
  deploy(...files: string[]): ReturnType<CamundaClient['createDeployment']>;
  stop(): Promise<void>;
}

/** Every response is validated against Camunda's schemas: that is the conformance check. */
function configureSdkEnvironment(restAddress: string, embedded: boolean): void {
  process.env.ZEEBE_REST_ADDRESS = restAddress;
  process.env.CAMUNDA_SDK_VALIDATION = 'res:strict';
  if (embedded) process.env.CAMUNDA_AUTH_STRATEGY = 'NONE';
  process.env.CAMUNDA_SDK_LOG_LEVEL ??= 'error';
}

function client(restAddress: string): { camunda: Camunda8; api: CamundaClient } {
  const camunda = new Camunda8({ ZEEBE_REST_ADDRESS: restAddress, ...(process.env.CAMUNDA_AUTH_STRATEGY === 'NONE' ? { CAMUNDA_AUTH_STRATEGY: 'NONE' } : {}) } as never);
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

/**
 * NestJS 12 ships as ESM, which jest's CommonJS module registry cannot load. The server therefore
 * runs in this process but through Node's own loader (require(esm) works natively on Node 20.19+),
 * with our TypeScript transpiled on the fly. Only repository sources are transpiled.
 */
function loadStartServer(): StartServer {
  const Module = process.getBuiltinModule('node:module') as typeof import('node:module') & {
    _extensions: Record<string, (m: { _compile(code: string, file: string): void }, file: string) => void>;
  };
  if (!Module._extensions['.ts']) {
    const root = path.resolve(__dirname, '..', '..');
    const realFs = process.getBuiltinModule('node:fs') as typeof fs;
    Module._extensions['.ts'] = (m, file) => {
      if (!file.startsWith(root) || file.includes(`${path.sep}node_modules${path.sep}`)) throw new Error(`refusing to transpile ${file}`);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const ts = nativeRequire()('typescript') as typeof import('typescript');
      const out = ts.transpileModule(realFs.readFileSync(file, 'utf8'), {
        fileName: file,
        compilerOptions: {
          module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true,
          experimentalDecorators: true, emitDecoratorMetadata: true, inlineSourceMap: true,
        },
      });
      m._compile(out.outputText, file);
    };
  }
  return (nativeRequire()(path.resolve(__dirname, '..', '..', 'src', 'server.ts')) as { startServer: StartServer }).startServer;
}

function nativeRequire(): NodeJS.Require {
  const Module = process.getBuiltinModule('node:module') as typeof import('node:module');
  return Module.createRequire(__filename);
}

export async function startEmbeddedRuntime(): Promise<TestRuntime> {
  // Loaded lazily so a suite run against Camunda 8 never boots Nest or opens SQLite.
  const startServer = loadStartServer();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-conformance-'));
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    processesDir: path.join(dataDir, 'processes'),
    formsDir: path.join(dataDir, 'forms'),
  });
  configureSdkEnvironment(server.url, true);
  const { camunda, api } = client(server.url);
  return {
    kind: 'embedded',
    url: server.url,
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
  configureSdkEnvironment(url, false);
  const { camunda, api } = client(url);
  return { kind: 'camunda', url, camunda, api, deploy: deployer(api), async stop() { api.stopAllWorkers(); } };
}

/** The seam of the environment matrix: embedded unless YUKK_TEST_RUNTIME=camunda. */
export function runtimeUnderTest(): Promise<TestRuntime> {
  return process.env.YUKK_TEST_RUNTIME === 'camunda' ? connectCamundaRuntime() : startEmbeddedRuntime();
}
