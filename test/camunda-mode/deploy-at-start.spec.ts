import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { serverModule } from '../support/native-loader';

/**
 * Camunda 8 mode deploys processes/ and forms/ at start. No Camunda runs here, so the "cluster" is a second
 * yukk-flow server in embedded mode: its /v2 API is the one @camunda8/sdk speaks to Camunda 8. The server under
 * test runs with YUKK_RUNTIME=camunda settings (externalRestAddress) pointing at it, without job workers.
 */

type StartServer = typeof import('../../src/server').startServer;
type RunningServer = Awaited<ReturnType<StartServer>>;
type Status = import('../../src/runtime/camunda-startup-deployer').StartupDeploymentStatus;

const PROCESS_ID = 'yukk-deploy-at-start';
const FORM_ID = 'yukk-deploy-at-start-form';

const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_das" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${PROCESS_ID}" name="Deploy at start" isExecutable="true">
    <bpmn:startEvent id="Start">
      <bpmn:extensionElements><zeebe:formDefinition formId="${FORM_ID}" /></bpmn:extensionElements>
      <bpmn:outgoing>Flow_1</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:userTask id="Task_Review" name="Review">
      <bpmn:extensionElements><zeebe:userTask /><zeebe:formDefinition formId="${FORM_ID}" /></bpmn:extensionElements>
      <bpmn:incoming>Flow_1</bpmn:incoming>
      <bpmn:outgoing>Flow_2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="End"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Review" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Review" targetRef="End" />
  </bpmn:process>
</bpmn:definitions>
`;

const FORM = JSON.stringify({ id: FORM_ID, type: 'default', schemaVersion: 19, components: [{ type: 'textfield', id: 'Field_note', key: 'note', label: 'Note' }] }, null, 2);

// jest hands tests a copy of process.env and its own console; the natively loaded server uses the real ones.
const realProcess = process.getBuiltinModule('node:process') as NodeJS.Process;
/** The stand-in runtime's /v2 credential, given to the Camunda-mode server the way an operator configures a cluster's. */
const RUNTIME_CREDENTIAL = { user: 'das-runtime', password: 'das-runtime-password-1', source: 'environment' as const };
const RUNTIME_AUTHORIZATION = `Basic ${Buffer.from(`${RUNTIME_CREDENTIAL.user}:${RUNTIME_CREDENTIAL.password}`).toString('base64')}`;
const SDK_ENV: Record<string, string> = {
  CAMUNDA_AUTH_STRATEGY: 'BASIC',
  CAMUNDA_BASIC_AUTH_USERNAME: RUNTIME_CREDENTIAL.user,
  CAMUNDA_BASIC_AUTH_PASSWORD: RUNTIME_CREDENTIAL.password,
  // Every response the deployer reads is checked against Camunda's schemas, as in the conformance tier.
  CAMUNDA_SDK_VALIDATION: 'res:strict',
  CAMUNDA_SDK_LOG_LEVEL: 'error',
  // Must never show up in a log line.
  CAMUNDA_CLIENT_SECRET: 'deploy-at-start-secret-value',
};

const temps: string[] = [];
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** processes/ and forms/ with one file each. */
function fixtureDirs(): { processesDir: string; formsDir: string } {
  const root = tempDir('yukk-das-fixture-');
  const processesDir = path.join(root, 'processes');
  const formsDir = path.join(root, 'forms');
  fs.mkdirSync(processesDir);
  fs.mkdirSync(formsDir);
  fs.writeFileSync(path.join(processesDir, 'deploy-at-start.bpmn'), BPMN);
  fs.writeFileSync(path.join(formsDir, 'deploy-at-start.form'), FORM);
  return { processesDir, formsDir };
}

const startServer: StartServer = (config) => serverModule<{ startServer: StartServer }>('src/server.ts').startServer(config);
const deployerOf = (server: RunningServer) =>
  server.app.get<{ status(): Status }>(serverModule('src/runtime/camunda-startup-deployer.ts').CamundaStartupDeployer);

/** The embedded runtime standing in for Camunda 8 (nothing of its own to deploy). */
function startRuntime(port = 0): Promise<RunningServer> {
  const dataDir = tempDir('yukk-das-runtime-');
  return startServer({ port, host: '127.0.0.1', dataDir, processesDir: path.join(dataDir, 'none'), formsDir: path.join(dataDir, 'none'), runtimeCredential: RUNTIME_CREDENTIAL });
}

/** A server in Camunda 8 mode whose cluster is `runtimeUrl`. */
function startCamundaMode(runtimeUrl: string, dirs: { processesDir: string; formsDir: string }, deployAtStart = true): Promise<RunningServer> {
  return startServer({ port: 0, host: '127.0.0.1', dataDir: tempDir('yukk-das-app-'), ...dirs, externalRestAddress: runtimeUrl, workers: false, deployAtStart });
}

async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const deployed = (server: RunningServer) => eventually(() => {
  const s = deployerOf(server).status();
  if (s.state === 'refused') throw new Error('deployment refused');
  return s.state === 'deployed' ? s : undefined;
});

/** What the runtime holds, read over its /v2 API. */
async function definitions(runtimeUrl: string): Promise<Array<{ processDefinitionKey: string; version: number }>> {
  const r = await fetch(`${runtimeUrl}/v2/process-definitions/search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: RUNTIME_AUTHORIZATION },
    body: JSON.stringify({ filter: { processDefinitionId: PROCESS_ID } }),
  });
  expect(r.status).toBe(200);
  return ((await r.json()) as { items: Array<{ processDefinitionKey: string; version: number }> }).items;
}

async function startForm(runtimeUrl: string, processDefinitionKey: string): Promise<{ formId: string; formKey: string; version: number } | undefined> {
  const r = await fetch(`${runtimeUrl}/v2/process-definitions/${processDefinitionKey}/form`, { headers: { authorization: RUNTIME_AUTHORIZATION } });
  if (r.status === 204) return undefined;
  expect(r.status).toBe(200);
  return (await r.json()) as { formId: string; formKey: string; version: number };
}

/** Everything the natively loaded server writes to stdout/stderr while `fn` runs. */
async function capturingOutput<T>(fn: (lines: () => string) => Promise<T>): Promise<T> {
  const chunks: string[] = [];
  const originals = { out: realProcess.stdout.write, err: realProcess.stderr.write };
  const tap = (original: typeof realProcess.stdout.write) =>
    function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
      chunks.push(String(chunk));
      return (original as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof realProcess.stdout.write;
  realProcess.stdout.write = tap(originals.out);
  realProcess.stderr.write = tap(originals.err);
  try {
    return await fn(() => chunks.join(''));
  } finally {
    realProcess.stdout.write = originals.out;
    realProcess.stderr.write = originals.err;
  }
}

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

describe('Camunda 8 mode deploys processes/ and forms/ at start (against an embedded runtime speaking /v2)', () => {
  const saved: Record<string, string | undefined> = {};
  const running: RunningServer[] = [];
  const track = <T extends RunningServer>(s: T) => (running.push(s), s);

  beforeAll(() => {
    for (const [k, v] of Object.entries(SDK_ENV)) {
      saved[k] = realProcess.env[k];
      realProcess.env[k] = v;
    }
  });
  afterEach(async () => {
    for (const s of running.splice(0).reverse()) await s.close();
  });
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete realProcess.env[k];
      else realProcess.env[k] = v;
    }
    for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('deploys the BPMN and the form in one deployment, and a restart adds no versions', async () => {
    const runtime = track(await startRuntime());
    const dirs = fixtureDirs();
    expect(await definitions(runtime.url)).toEqual([]);

    const first = await capturingOutput(async (output) => {
      const server = track(await startCamundaMode(runtime.url, dirs));
      const status = await deployed(server);
      expect(output()).toContain(`deployed 2 resources to Camunda 8 at ${runtime.url}`);
      expect(output()).toContain(`processes ${PROCESS_ID} v1; forms ${FORM_ID} v1`);
      return { server, status };
    });
    expect(first.status).toMatchObject({ attempts: 1, failures: 0, deployed: { processes: [{ id: PROCESS_ID, version: 1 }], forms: [{ id: FORM_ID, version: 1 }] } });

    const defs = await definitions(runtime.url);
    expect(defs).toEqual([expect.objectContaining({ version: 1 })]);
    const form = await startForm(runtime.url, defs[0].processDefinitionKey);
    expect(form).toMatchObject({ formId: FORM_ID, version: 1 });

    // Restart: same files, same versions, same keys.
    await first.server.close();
    running.splice(running.indexOf(first.server), 1);
    const again = track(await startCamundaMode(runtime.url, dirs));
    expect((await deployed(again)).deployed).toEqual({ processes: [{ id: PROCESS_ID, version: 1 }], forms: [{ id: FORM_ID, version: 1 }] });
    expect(await definitions(runtime.url)).toEqual(defs);
    expect(await startForm(runtime.url, defs[0].processDefinitionKey)).toEqual(form);
  });

  it('starts while the runtime is down, warns and retries, and deploys once the runtime is up', async () => {
    const port = await freePort();
    const runtimeUrl = `http://127.0.0.1:${port}`;
    await capturingOutput(async (output) => {
      // Start-up does not wait for the cluster: the server answers while the deployment is still failing.
      const server = track(await startCamundaMode(runtimeUrl, fixtureDirs()));
      expect((await fetch(`${server.url}/api/docs-json`)).status).toBe(200);
      const failing = await eventually(() => {
        const s = deployerOf(server).status();
        return s.failures >= 1 ? s : undefined;
      });
      expect(failing.deployed).toBeUndefined();
      await eventually(() => (/deployment of 2 resources to Camunda 8 at \S+ failed \(attempt 1\): .*ECONNREFUSED.*; retrying in 1 s/.test(output()) ? true : undefined));

      const runtime = track(await startRuntime(port));
      const status = await deployed(server);
      expect(status.failures).toBeGreaterThanOrEqual(1);
      expect(status.attempts).toBe(status.failures + 1);
      expect(await definitions(runtime.url)).toEqual([expect.objectContaining({ version: 1 })]);
      expect(output()).not.toContain(SDK_ENV.CAMUNDA_CLIENT_SECRET);
    });
  });

  it('deploys nothing with YUKK_DEPLOY_AT_START=off, in either mode', async () => {
    const { loadConfig } = serverModule<typeof import('../../src/config/app-config')>('src/config/app-config.ts');
    expect(loadConfig({ YUKK_DEPLOY_AT_START: 'off' }).deployAtStart).toBe(false);
    expect(loadConfig({}).deployAtStart).toBe(true);

    const dirs = fixtureDirs();
    const runtime = track(await startServer({ port: 0, host: '127.0.0.1', dataDir: tempDir('yukk-das-runtime-'), ...dirs, deployAtStart: false, runtimeCredential: RUNTIME_CREDENTIAL }));
    const server = track(await startCamundaMode(runtime.url, dirs, false));
    await new Promise((r) => setTimeout(r, 300));
    expect(deployerOf(server).status()).toMatchObject({ state: 'idle', attempts: 0 });
    expect(await definitions(runtime.url)).toEqual([]);
  });
});
