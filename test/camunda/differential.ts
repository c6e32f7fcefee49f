/**
 * Harness of the differential tier: every scenario runs, through the same RawRestClient, against
 *  - the embedded engine (the built server, `dist/src/main.js`, started as a child process), and
 *  - a real Camunda 8 (scripts/camunda/start.sh, 8.6.0 here),
 * and the test asserts that both yield the same observation.
 *
 * The suites skip, with a console message, when CAMUNDA_TIER=off or CAMUNDA_DIFF=off, when this machine
 * cannot run the Camunda tier (camundaAvailable()), or when the server has not been built.
 * Known divergences are declared with `diffKnown`: the test passes while the engines still differ
 * (jest's `it.failing`) and fails once they agree, so the entry can be turned into a plain `diff`.
 * CAMUNDA_DIFF_STRICT=1 runs them as plain `diff` (they fail and print both observations).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServerProcess, ServerProcess } from '../../bench/server-process';
import { camundaAvailable, ensureCamundaCluster } from '../support/camunda-cluster';
import { RawRestClient } from './rest-client';

const REPO_ROOT = resolve(__dirname, '..', '..');

/** Unique suffix per run: the broker keeps its state between runs, so ids, job types and keys must not collide. */
export const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

function skipReason(): string | undefined {
  if (process.env.CAMUNDA_TIER === 'off') return 'CAMUNDA_TIER=off';
  // Lets `npm test` leave the (slow) differential tier to `npm run test:camunda`, which sets CAMUNDA_DIFF=on.
  if (process.env.CAMUNDA_DIFF === 'off') return 'CAMUNDA_DIFF=off';
  if (!existsSync(join(REPO_ROOT, 'dist', 'src', 'main.js'))) return 'the server is not built (npx tsc -p tsconfig.build.json)';
  if (!camundaAvailable()) return 'no Camunda 8 tier on this machine (needs scripts/camunda, curl, mvn or .cache/camunda, a JDK >= 21)';
  return undefined;
}

export interface Targets {
  embedded: RawRestClient;
  camunda: RawRestClient;
}

/**
 * describe() for a differential suite: starts the embedded server and makes sure the Camunda broker
 * runs; `targets()` gives both clients inside the tests.
 */
export function describeDifferential(name: string, body: (targets: () => Targets) => void): void {
  const reason = skipReason();
  if (reason) {
    // eslint-disable-next-line no-console
    console.log(`[camunda differential] "${name}" skipped: ${reason}`);
    describe.skip(name, () => body(() => ({}) as Targets));
    return;
  }
  describe(name, () => {
    let server: ServerProcess | undefined;
    let dir: string | undefined;
    let t: Targets | undefined;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'yukk-diff-'));
      const [srv, cluster] = await Promise.all([startServerProcess(dir), ensureCamundaCluster()]);
      server = srv;
      t = { embedded: new RawRestClient(srv.url, 'embedded'), camunda: new RawRestClient(cluster.restAddress, 'camunda') };
    }, 300_000);
    afterEach(async () => {
      // A scenario that pinned a clock must not leak it into the next one.
      if (t) await Promise.all([t.embedded.resetClock(), t.camunda.resetClock()]);
    });
    afterAll(async () => {
      // The server may hold long polls open on SIGTERM: give it 5 s, then SIGKILL our own child.
      if (server) {
        const stopped = server.stop();
        const timer = setTimeout(() => server?.child.kill('SIGKILL'), 5_000);
        await stopped;
        clearTimeout(timer);
      }
      if (dir) rmSync(dir, { recursive: true, force: true });
    }, 30_000);
    body(() => {
      if (!t) throw new Error('targets not ready');
      return t;
    });
  });
}

export type Scenario<T> = (client: RawRestClient) => Promise<T>;

/** Runs the scenario on both targets (concurrently) and returns both observations. */
export async function observeBoth<T>(targets: Targets, scenario: Scenario<T>): Promise<{ embedded: T; camunda: T }> {
  const [embedded, camunda] = await Promise.all([scenario(targets.embedded), scenario(targets.camunda)]);
  return { embedded, camunda };
}

function report(name: string, obs: { embedded: unknown; camunda: unknown }): void {
  if (JSON.stringify(obs.embedded) !== JSON.stringify(obs.camunda) || process.env.CAMUNDA_DIFF_VERBOSE) {
    // eslint-disable-next-line no-console
    console.log(`[differential] ${name}\n  embedded: ${JSON.stringify(obs.embedded)}\n  camunda:  ${JSON.stringify(obs.camunda)}`);
  }
}

/** it(): the observation on the embedded engine equals the one on Camunda. */
export function diff<T>(name: string, targets: () => Targets, scenario: Scenario<T>, timeout = 60_000): void {
  it(
    name,
    async () => {
      const obs = await observeBoth(targets(), scenario);
      report(name, obs);
      expect(obs.embedded).toEqual(obs.camunda);
    },
    timeout,
  );
}

/**
 * A documented divergence (docs/camunda8.md, "Differential tier"): passes while the engines differ,
 * fails once they agree. `verdict` names the side Camunda's documentation supports.
 */
export function diffKnown<T>(name: string, verdict: string, targets: () => Targets, scenario: Scenario<T>, timeout = 60_000): void {
  if (process.env.CAMUNDA_DIFF_STRICT === '1') return diff(name, targets, scenario, timeout);
  it.failing(
    `${name} [known divergence: ${verdict}]`,
    async () => {
      const obs = await observeBoth(targets(), scenario);
      report(name, obs);
      expect(obs.embedded).toEqual(obs.camunda);
    },
    timeout,
  );
}

// ---------------------------------------------------------------------------------------------
// BPMN builder

export interface Node {
  id: string;
  /** e.g. 'serviceTask', 'scriptTask', 'startEvent' (bpmn: prefix added) */
  tag: string;
  attrs?: Record<string, string>;
  /** XML first inside the element (extensionElements) */
  inner?: string;
  /** XML after incoming/outgoing (event definitions, loop characteristics), as the BPMN schema orders them */
  tail?: string;
}

export interface Flow {
  from: string;
  to: string;
  id?: string;
  condition?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export { esc as xmlEscape };

export function bpmn(processId: string, nodes: Node[], flows: Flow[]): string {
  const named = flows.map((f, i) => ({ ...f, id: f.id ?? `f${i + 1}` }));
  const nodeXml = nodes
    .map((n) => {
      const attrs = Object.entries(n.attrs ?? {})
        .map(([k, v]) => ` ${k}="${esc(v)}"`)
        .join('');
      const incoming = named.filter((f) => f.to === n.id).map((f) => `<bpmn:incoming>${f.id}</bpmn:incoming>`);
      const outgoing = named.filter((f) => f.from === n.id).map((f) => `<bpmn:outgoing>${f.id}</bpmn:outgoing>`);
      return `    <bpmn:${n.tag} id="${n.id}"${attrs}>${n.inner ?? ''}${incoming.join('')}${outgoing.join('')}${n.tail ?? ''}</bpmn:${n.tag}>`;
    })
    .join('\n');
  const flowXml = named
    .map((f) =>
      f.condition === undefined
        ? `    <bpmn:sequenceFlow id="${f.id}" sourceRef="${f.from}" targetRef="${f.to}"/>`
        : `    <bpmn:sequenceFlow id="${f.id}" sourceRef="${f.from}" targetRef="${f.to}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${esc(f.condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs-${processId}" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${processId}" isExecutable="true">
${nodeXml}
${flowXml}
  </bpmn:process>
</bpmn:definitions>`;
}

/** start → nodes… → end, connected in order. */
export function linear(processId: string, nodes: Node[]): string {
  const all: Node[] = [{ id: 'start', tag: 'startEvent' }, ...nodes, { id: 'end', tag: 'endEvent' }];
  const flows = all.slice(1).map((n, i) => ({ from: all[i].id, to: n.id }));
  return bpmn(processId, all, flows);
}

export const ext = (xml: string) => `<bpmn:extensionElements>${xml}</bpmn:extensionElements>`;

export function serviceTask(id: string, type: string, extra = '', attrs?: Record<string, string>): Node {
  return { id, tag: 'serviceTask', attrs, inner: ext(`<zeebe:taskDefinition type="${esc(type)}" retries="3"/>${extra}`) };
}

export function scriptTask(id: string, expression: string, resultVariable: string, extra = ''): Node {
  return { id, tag: 'scriptTask', inner: ext(`<zeebe:script expression="${esc(expression)}" resultVariable="${esc(resultVariable)}"/>${extra}`) };
}

export function ioMapping(inputs: Array<[string, string]>, outputs: Array<[string, string]> = []): string {
  return `<zeebe:ioMapping>${inputs.map(([s, t]) => `<zeebe:input source="${esc(s)}" target="${esc(t)}"/>`).join('')}${outputs
    .map(([s, t]) => `<zeebe:output source="${esc(s)}" target="${esc(t)}"/>`)
    .join('')}</zeebe:ioMapping>`;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
