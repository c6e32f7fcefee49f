/**
 * Drives the five processes through @camunda8/sdk as the task list and the outside world would: the real job
 * workers of workers/ (WorkerPool) poll the runtime under test, officers assign and complete user tasks, messages
 * are correlated, and the clock is pinned (PUT /v2/clock) to make timers fire. Every response passes the SDK's
 * strict validation (test/support/embedded-runtime.ts). All data in the scenarios is synthetic.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OrchestrationLifters } from '@camunda8/sdk';
import { runtimeUnderTest, TestRuntime } from '../../support/embedded-runtime';
import { JOB_TYPES, runtimeWorkerDeps } from '../../../workers/job-types';
import { SqliteOutbox } from '../../../workers/notifications/outbox';
import { loadWorkerConfig } from '../../../workers/support/config';
import { JobWorkerFactory, WorkerPool } from '../../../workers/support/worker-pool';

const ROOT = path.resolve(__dirname, '..', '..', '..');
/** Read what the runtime has now; polling is done here, with a bound. */
const NOW = { consistency: { waitUpToMs: 0 } } as const;
const POLL_MS = 25;
const files = (dir: string, ext: string) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith(ext)).map((f) => path.join(ROOT, dir, f));

export type Vars = Record<string, unknown>;
export interface OpenTask { userTaskKey: string; elementId: string; candidateGroups?: string[]; processInstanceKey: string; processDefinitionId: string }

/** Polls until `probe` gives a value; async worker progress only, never a timed assertion. */
export async function eventually<T>(what: string | (() => string), probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`never happened: ${typeof what === 'string' ? what : what()}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

export class ProcedureDriver {
  rt!: TestRuntime;
  outbox!: SqliteOutbox;
  private pool = new WorkerPool();
  private dataDir = '';
  /**
   * The pinned engine time. The workers get the server's own deps (wall-clock fallback only): the notice worker
   * must take the scenario's day from the job itself, as it does against a real engine.
   */
  private clockMs = Date.now();
  private created: string[] = [];

  async start(): Promise<void> {
    this.rt = await runtimeUnderTest();
    await this.rt.deploy(...files('processes', '.bpmn'), ...files('processes/decisions', '.dmn'), ...files('forms', '.form'));
    this.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-procedures-'));
    this.outbox = SqliteOutbox.inDataDir(this.dataDir);
    const config = loadWorkerConfig({ YUKK_WORKER_POLL_TIMEOUT_MS: '1000' });
    const quiet = { log: () => undefined, warn: () => undefined };
    this.pool.start(this.rt.api as unknown as JobWorkerFactory, JOB_TYPES, runtimeWorkerDeps(this.outbox), config, quiet);
  }

  async stop(): Promise<void> {
    await this.pool.stop(300);
    this.outbox?.close();
    await this.rt?.stop();
    if (this.dataDir) fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  get api() {
    return this.rt.api;
  }

  /** PUT /v2/clock: timers that came due fire before the answer. */
  async pin(instant: string): Promise<void> {
    const ms = Date.parse(instant);
    if (Number.isNaN(ms)) throw new Error(`bad instant ${instant}`);
    this.clockMs = ms;
    await this.api.pinClock({ timestamp: ms });
  }

  /** Moves the pinned clock on, e.g. past a failed job's retry back-off, which runs on the engine clock. */
  async advanceBy(ms: number): Promise<void> {
    this.clockMs += ms;
    await this.api.pinClock({ timestamp: this.clockMs });
  }

  get now(): number {
    return this.clockMs;
  }

  async create(processId: string, variables: Vars): Promise<string> {
    const r = await this.api.createProcessInstance({ processDefinitionId: OrchestrationLifters.ProcessDefinitionId.assumeExists(processId), variables });
    const key = String(r.processInstanceKey);
    this.created.push(key);
    return key;
  }

  /** Cancels what a scenario left running, so its timers do not fire during the next one. */
  async cleanUp(): Promise<void> {
    const keys = this.created;
    this.created = [];
    for (const key of keys) {
      const pi = await this.api.getProcessInstance({ processInstanceKey: key as never }, NOW).catch(() => undefined);
      if (pi?.state === 'ACTIVE') await this.api.cancelProcessInstance({ processInstanceKey: key as never }).catch(() => undefined);
    }
  }

  async openTasks(processInstanceKey: string): Promise<OpenTask[]> {
    const res = await this.api.searchUserTasks({ filter: { processInstanceKey: processInstanceKey as never, state: 'CREATED' }, page: { limit: 100 } }, NOW);
    return (res.items ?? []) as unknown as OpenTask[];
  }

  async openTaskIds(processInstanceKey: string): Promise<string[]> {
    return (await this.openTasks(processInstanceKey)).map((t) => t.elementId).sort();
  }

  /** Waits for the open user task `elementId` of the instance (worker steps before it run asynchronously). */
  async task(processInstanceKey: string, elementId: string): Promise<OpenTask> {
    try {
      return await eventually(`user task ${elementId} in ${processInstanceKey}`, async () => (await this.openTasks(processInstanceKey)).find((t) => t.elementId === elementId));
    } catch (e) {
      throw new Error(`${(e as Error).message}; open: ${(await this.openTaskIds(processInstanceKey)).join(', ') || 'none'}; ${await this.describeIncidents(processInstanceKey)}`);
    }
  }

  /** As the task list does: claim, then complete with the form's variables. */
  async complete(processInstanceKey: string, elementId: string, variables: Vars = {}, assignee = 'officer-1'): Promise<void> {
    const t = await this.task(processInstanceKey, elementId);
    await this.api.assignUserTask({ userTaskKey: t.userTaskKey as never, assignee, allowOverride: true });
    await this.api.completeUserTask({ userTaskKey: t.userTaskKey as never, variables });
  }

  /** The instance a call activity started (voluntary return inside an application or a victim case). */
  child(parentKey: string, processId: string): Promise<string> {
    return eventually(`${processId} called from ${parentKey}`, async () => {
      const res = await this.api.searchProcessInstances({ filter: { parentProcessInstanceKey: parentKey as never, processDefinitionId: processId as never } }, NOW);
      const pi = res.items?.[0];
      return pi ? String(pi.processInstanceKey) : undefined;
    });
  }

  /**
   * Correlates a message; retried until a subscription takes it, because the catch event is reached only after
   * the worker steps before it have run.
   */
  async correlate(name: string, correlationKey: string, variables: Vars = {}): Promise<void> {
    await eventually(`message ${name} (${correlationKey}) correlated`, async () => {
      await this.api.correlateMessage({ name, correlationKey, variables });
      return true;
    });
  }

  /** Root-scope variables of an instance, paged; truncated values are fetched in full. */
  async variables(processInstanceKey: string): Promise<Vars> {
    const out: Vars = {};
    let from = 0;
    for (;;) {
      const res = await this.api.searchVariables(
        { filter: { processInstanceKey: processInstanceKey as never, scopeKey: processInstanceKey as never }, page: { from, limit: 200 } } as never,
        NOW,
      );
      for (const item of res.items as Array<{ name: string; value: string; isTruncated?: boolean; variableKey: string }>) {
        const value = item.isTruncated ? (await this.api.getVariable({ variableKey: item.variableKey as never }, NOW)).value : item.value;
        out[item.name] = JSON.parse(String(value));
      }
      from += res.items.length;
      if (res.items.length < 200) return out;
    }
  }

  /** Waits until the root-scope variables satisfy `ready` (a worker or script wrote them). */
  waitFor(processInstanceKey: string, what: string, ready: (v: Vars) => boolean): Promise<Vars> {
    let seen: Vars = {};
    return eventually(
      () => `${what} in ${processInstanceKey}; variables: ${JSON.stringify(seen).slice(0, 1500)}`,
      async () => {
        seen = await this.variables(processInstanceKey);
        return ready(seen) ? seen : undefined;
      },
    );
  }

  waitForVar(processInstanceKey: string, name: string): Promise<Vars> {
    return this.waitFor(processInstanceKey, `variable ${name}`, (v) => v[name] !== undefined);
  }

  async state(processInstanceKey: string): Promise<string> {
    return String((await this.api.getProcessInstance({ processInstanceKey: processInstanceKey as never }, NOW)).state);
  }

  async waitState(processInstanceKey: string, state: 'COMPLETED' | 'TERMINATED' | 'ACTIVE'): Promise<void> {
    try {
      await eventually(`instance ${processInstanceKey} ${state}`, async () => ((await this.state(processInstanceKey)) === state ? true : undefined));
    } catch (e) {
      throw new Error(`${(e as Error).message}: it is ${await this.state(processInstanceKey)}; open: ${(await this.openTaskIds(processInstanceKey)).join(', ') || 'none'}; ${await this.describeIncidents(processInstanceKey)}`);
    }
  }

  /** Element ids of the instance's element instances in `state` (ACTIVE or COMPLETED). */
  async elements(processInstanceKey: string, state: 'ACTIVE' | 'COMPLETED' | 'TERMINATED' = 'ACTIVE'): Promise<string[]> {
    const res = await this.api.searchElementInstances({ filter: { processInstanceKey: processInstanceKey as never, state }, page: { limit: 500 } } as never, NOW);
    return (res.items as Array<{ elementId: string }>).map((e) => e.elementId).sort();
  }

  /** Waits until the element has been passed (COMPLETED) in the instance. */
  async waitPassed(processInstanceKey: string, elementId: string): Promise<void> {
    await eventually(`${elementId} completed in ${processInstanceKey}`, async () => ((await this.elements(processInstanceKey, 'COMPLETED')).includes(elementId) ? true : undefined));
  }

  async incidents(processInstanceKey?: string): Promise<Array<{ elementId: string; errorType: string; errorMessage: string }>> {
    const res = await this.api.searchIncidents({ filter: { state: 'ACTIVE', ...(processInstanceKey ? { processInstanceKey: processInstanceKey as never } : {}) }, page: { limit: 50 } } as never, NOW);
    return res.items as never;
  }

  private async describeIncidents(processInstanceKey: string): Promise<string> {
    const list = await this.incidents(processInstanceKey).catch(() => []);
    return list.length ? `incidents: ${JSON.stringify(list.map((i) => [i.elementId, i.errorType, i.errorMessage]))}` : 'no incidents';
  }

  /**
   * The removal track a procedure called after a final negative decision (call activity `Call_Removal`): checks
   * what the caller passed, then the officer records that no removal decision is taken (a reasoned departure, so
   * the caller's scenario can end). Returns the removal instance's variables.
   */
  async endCalledRemoval(parentKey: string): Promise<Vars> {
    const child = await this.child(parentKey, 'removal');
    await this.task(child, 'Task_Decide');
    const v = await this.variables(child);
    await this.complete(child, 'Task_Decide', {
      removalDecision: 'no-removal',
      removalReasons: 'Deneme senaryosu: karar bu dosyada alınmıyor.',
      departureReason: 'Deneme senaryosu: başka bir süreçte değerlendirilecek.',
    });
    await this.waitState(child, 'COMPLETED');
    return v;
  }

  notices(filter: { caseNumber?: string; noticeType?: string } = {}) {
    return this.outbox.list().filter((n) => (!filter.noticeType || n.noticeType === filter.noticeType) && (!filter.caseNumber || JSON.stringify(n).includes(filter.caseNumber)));
  }
}

/** One server, one worker pool per spec file; each scenario cleans up after itself and must leave no incident. */
export function useProcedureDriver(): ProcedureDriver {
  const d = new ProcedureDriver();
  beforeAll(() => d.start(), 60_000);
  afterEach(async () => {
    const incidents = await d.incidents();
    await d.cleanUp();
    // incidents make the scenario fail loudly, with the element and the worker's message
    expect(incidents.map((i) => `${i.elementId}: ${i.errorType} ${i.errorMessage}`)).toEqual([]);
  });
  afterAll(() => d.stop(), 30_000);
  return d;
}

// Synthetic people and representatives.
export const applicant = { fullName: 'Deneme Kişi', nationality: 'XX', language: 'ar' };
export const person = { fullName: 'Deneme Mağdur', nationality: 'YY' };
export const lawyer = { kind: 'lawyer', fullName: 'Av. Örnek Avukat' };
