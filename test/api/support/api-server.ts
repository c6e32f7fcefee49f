import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { serverModule } from '../../support/native-loader';

/**
 * The real server, in this process, for /api tests. NestJS 12 is ESM, which jest's module registry cannot load, so
 * the server runs through Node's own loader (require(esm) works on Node 20.19+) with our TypeScript transpiled on
 * the fly — the same approach as test/support/embedded-runtime.ts. Classes the tests need from the server (the auth
 * clock, the audit store) must come from that same loader: `serverModule('src/auth/clock.ts')`.
 */

export { serverModule };

export interface ApiServer {
  url: string;
  dataDir: string;
  /** What a /v2 client of this server presents (HTTP Basic). */
  runtimeCredential: { user: string; password: string };
  app: { get<T>(token: unknown): T };
  close(): Promise<void>;
}

export const ADMIN = { username: 'test.admin', password: 'admin-password-1' };

/** Runtime settings a test may set: `externalRestAddress` runs the server in Camunda 8 mode against that /v2 endpoint. */
export type ApiServerRuntime = Partial<Pick<import('../../../src/config/app-config').AppConfig, 'externalRestAddress' | 'workers' | 'deployAtStart' | 'processesDir' | 'formsDir'>>;

/** Starts the server on port 0 with a temp data dir, the test admin and the demo users. */
export async function startApiServer(env: Record<string, string> = {}, runtime: ApiServerRuntime = {}): Promise<ApiServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-api-'));
  const processesDir = path.join(dataDir, 'processes');
  const formsDir = path.join(dataDir, 'forms');
  fs.mkdirSync(processesDir);
  fs.mkdirSync(formsDir);
  // Strict response validation makes every runtime response the UI API reads a conformance check of the engine too.
  const settings: Record<string, string> = { YUKK_ADMIN_USER: ADMIN.username, YUKK_ADMIN_PASSWORD: ADMIN.password, YUKK_DEMO_USERS: '1', CAMUNDA_SDK_VALIDATION: 'res:strict', CAMUNDA_SDK_LOG_LEVEL: 'error', ...env };
  // jest gives tests a copy of process.env; the natively loaded server reads the real one.
  const realEnv = (process.getBuiltinModule('node:process') as NodeJS.Process).env;
  const saved = Object.fromEntries(Object.keys(settings).map((k) => [k, realEnv[k]]));
  Object.assign(realEnv, settings);
  try {
    const { startServer } = serverModule<typeof import('../../../src/server')>('src/server.ts');
    const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, processesDir, formsDir, ...runtime });
    // The runtime client reads the SDK settings when first used: create it now, while they are set.
    server.app.get<{ api: unknown }>(serverModule('src/runtime/camunda-client.ts').CamundaClientProvider).api;
    return {
      url: server.url,
      dataDir,
      runtimeCredential: server.runtimeCredential!,
      app: server.app as unknown as ApiServer['app'],
      async close() {
        await server.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete realEnv[k];
      else realEnv[k] = v;
    }
  }
}

/** A browser-like client: keeps the session cookie, sends JSON. */
export class Client {
  cookie?: string;
  constructor(readonly base: string) {}

  async request(method: string, pathname: string, body?: unknown): Promise<{ status: number; body: any; headers: Headers }> {
    const res = await fetch(this.base + pathname, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const value = setCookie.split(';')[0];
      this.cookie = value.endsWith('=') ? undefined : value;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  get(p: string) {
    return this.request('GET', p);
  }
  post(p: string, body?: unknown) {
    return this.request('POST', p, body ?? {});
  }
  patch(p: string, body: unknown) {
    return this.request('PATCH', p, body);
  }

  async login(username: string, password: string): Promise<this> {
    const r = await this.post('/api/auth/login', { username, password });
    if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
    return this;
  }
}

export const DEMO_PASSWORD = 'demo-password-1';
export const signIn = (server: ApiServer, username: string, password = DEMO_PASSWORD) => new Client(server.url).login(username, password);
