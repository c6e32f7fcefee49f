import { createHash } from 'node:crypto';
import {
  ActivatedJob, ActivateJobs, AssignUserTask, BroadcastedSignal, BroadcastSignal, CompleteUserTask, CorrelatedMessage, CorrelateMessage, CreatedProcessInstance,
  CreateProcessInstance, DeploymentResult, EvaluateDecision, EvaluatedDecisionResult, DeployResource, EngineCommands, FailJob, PublishedMessage, PublishMessage, ThrowJobError, Variables,
} from './api/commands';
import { EngineClock } from './clock';
import { EngineError, invalidArgument, invalidState, notFound } from './errors';
import { evaluateExpr, evaluateTyped, useFeelClock } from './feel/feel';
import { compileBpmn } from './model/compile';
import { CompiledDrg, compileDmn } from './dmn/compile';
import { checkRunnable } from './model/runnability';
import { DecisionInfo, DecisionRegistry } from './runtime/decisions';
import { decisionResult } from './runtime/decision-result';
import { ProcessModel } from './model/types';
import { Effects, EngineContext, Interpreter } from './runtime/interpreter';
import { DefinitionInfo, ModelRegistry } from './runtime/models';
import { JobRow, SubscriptionRow, TimerRow } from './runtime/rows';
import { scheduleTimer } from './runtime/timer-spec';
import { Db, KeyGenerator, openDatabase, OpenOptions } from './store/database';
import { WalSync } from './store/wal-sync';
import { Checkpointer, startCheckpointer } from './store/checkpointer';
import { Statements } from './store/statements';
import { JobStore } from './store/jobs';
import { SubscriptionStore } from './store/subscriptions';
import { TimerStore } from './store/timers';
import { signalNameOf } from './runtime/signal-name';

export const DEFAULT_TENANT = '<default>';
const MAX_RESOURCE_BYTES = 4 * 1024 * 1024;
const LONG_POLL_DEFAULT_MS = 10_000;
/** Never sleep longer than this: setTimeout overflows past ~24.8 days, and the clock may be moved. */
const MAX_SLEEP_MS = 60_000;
const DUE_BATCH = 500;
/** A timer whose firing failed (an engine fault, not a model error) is tried again this much later. */
const TIMER_RETRY_MS = 60_000;
/** Commands waiting for an fsync in flight (group commit) beyond this many run without waiting. */
const GROUP_COMMIT_MAX_WAITING = 32;

export interface EngineOptions extends OpenOptions {
  clock?: EngineClock;
}

type Command<T> = { run: (it: Interpreter, effects: Effects) => T; resolve: (v: T) => void; reject: (e: unknown) => void };

interface JobWaiter {
  cmd: ActivateJobs;
  resolve: (jobs: ActivatedJob[]) => void;
  timer: NodeJS.Timeout;
  done: boolean;
}

/**
 * The embedded engine: commands are queued, grouped into one SQLite transaction (one fsync for all
 * commands that arrived together), and acknowledged only after that commit.
 */
export class Engine implements EngineCommands {
  readonly db: Db;
  readonly clock: EngineClock;
  private readonly st: Statements;
  private readonly keys: KeyGenerator;
  readonly models: ModelRegistry;
  readonly decisions: DecisionRegistry;
  private readonly timers: TimerStore;
  private readonly jobs: JobStore;
  private readonly subscriptions: SubscriptionStore;
  private queue: Command<any>[] = [];
  private flushScheduled = false;
  /** Commands are waiting for the WAL fsync in flight to end (group commit, see scheduleFlush). */
  private flushAfterSync = false;
  private wakeTimer: NodeJS.Timeout | undefined;
  private wakeAt = Infinity;
  private readonly waiters = new Map<string, Set<JobWaiter>>();
  private readonly completionWaiters = new Map<number, Array<(v: Variables | undefined) => void>>();
  private closed = false;
  private draining = false;
  private readonly walSync: WalSync;
  private readonly checkpointer: Checkpointer | undefined;
  private inFlight = 0;

  /**
   * One better-sqlite3 transaction wrapper for the engine's lifetime (creating one per call would
   * prepare BEGIN/COMMIT/SAVEPOINT again each time); nested calls become savepoints.
   */
  private readonly transactional: (fn: () => unknown) => unknown;

  private inTransaction<T>(fn: () => T): T {
    return this.transactional(fn) as T;
  }

  private constructor(options: EngineOptions) {
    const opened = openDatabase(options);
    this.db = opened.db;
    this.walSync = new WalSync(opened.walPath);
    // File databases: checkpoints in a worker thread, not in a commit on this thread (checkpointer.ts).
    this.checkpointer = opened.walPath ? startCheckpointer(opened.walPath.replace(/-wal$/, '')) : undefined;
    this.clock = options.clock ?? new EngineClock();
    this.st = new Statements(this.db);
    this.keys = new KeyGenerator(this.db);
    this.models = new ModelRegistry(this.st);
    this.decisions = new DecisionRegistry(this.st);
    this.timers = new TimerStore(this.st);
    this.jobs = new JobStore(this.st);
    this.subscriptions = new SubscriptionStore(this.st);
    this.transactional = this.db.transaction((fn: () => unknown) => fn());
  }

  /** Opens (or creates) the engine state and resumes every timer, job and subscription. */
  static async open(options: EngineOptions = {}): Promise<Engine> {
    const engine = new Engine(options);
    const pinned = engine.st.one<{ value: string }>(`SELECT value FROM meta WHERE name = 'clock_pinned_at'`);
    if (pinned && !options.clock) engine.clock.pin(Number(pinned.value));
    await engine.loadModels();
    await engine.loadDecisions();
    engine.scheduleWake();
    return engine;
  }

  private async loadModels(): Promise<void> {
    const rows = this.st.all<{ key: number; bpmn_process_id: string; version: number; tenant_id: string; xml: string; resource_name: string }>(
      `SELECT key, bpmn_process_id, version, tenant_id, xml, resource_name FROM process_definitions`,
    );
    const compiled = new Map<string, ProcessModel[]>();
    for (const row of rows) {
      const cacheKey = createHash('sha256').update(row.xml).digest('hex');
      let processes = compiled.get(cacheKey);
      if (!processes) {
        processes = (await compileBpmn(row.xml, row.resource_name)).processes;
        compiled.set(cacheKey, processes);
      }
      const model = processes.find((p) => p.id === row.bpmn_process_id)!;
      this.models.register({ key: row.key, bpmnProcessId: row.bpmn_process_id, version: row.version, tenantId: row.tenant_id, model });
    }
  }

  private async loadDecisions(): Promise<void> {
    const drgs = new Map<number, CompiledDrg>();
    for (const row of this.st.all<{ key: number; xml: string; resource_name: string }>(`SELECT key, xml, resource_name FROM decision_requirements`)) {
      drgs.set(row.key, await compileDmn(row.xml, row.resource_name));
    }
    for (const row of this.st.all<{ key: number; decision_id: string; name: string; version: number; tenant_id: string; drg_key: number; drg_id: string }>(`SELECT * FROM decision_definitions`)) {
      this.decisions.register({ key: row.key, decisionId: row.decision_id, name: row.name, version: row.version, tenantId: row.tenant_id, drgKey: row.drg_key, drgId: row.drg_id, drg: drgs.get(row.drg_key)! });
    }
  }

  now(): number {
    return this.clock.now();
  }

  // ------------------------------------------------------------------ command pipeline

  private submit<T>(run: (it: Interpreter, effects: Effects) => T): Promise<T> {
    if (this.closed) return Promise.reject(invalidState('The engine is shut down'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run, resolve, reject });
      this.scheduleFlush();
    });
  }

  /**
   * Group commit. While a commit's WAL fsync is in flight, new commands wait for it to end and then run
   * as one batch: one transaction and one fsync instead of a commit each (each commit rewrites the pages
   * it touched, and over HTTP commands arrive a few at a time). It costs them no acknowledgement time worth
   * the name: a commit made during an fsync needs the next fsync anyway. A long queue does not wait.
   */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    if (this.inFlight > 0 && this.queue.length < GROUP_COMMIT_MAX_WAITING) {
      this.flushAfterSync = true;
      return;
    }
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  private afterSync(): void {
    this.inFlight--;
    if (!this.flushAfterSync) return;
    this.flushAfterSync = false;
    this.scheduleFlush();
  }

  /**
   * Runs an operation defined in its own module (runtime/modification.ts, runtime/migration.ts) as one
   * command of the pipeline: one savepoint, acknowledged after its commit like every other command.
   */
  command<T>(run: (it: Interpreter, ctx: EngineContext) => T): Promise<T> {
    return this.submit((it, effects) => run(it, this.contextFor(effects)));
  }

  /** What a command sees of the engine: one shape for the pipeline's own commands and for command(). */
  private contextFor(effects: Effects): EngineContext {
    return { st: this.st, keys: this.keys, clock: this.clock, models: this.models, decisions: this.decisions, effects };
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const effects = new Effects();
    const outcomes: Array<{ ok: boolean; value: unknown }> = [];
    const ctx = this.contextFor(effects);
    useFeelClock(() => this.clock.now());
    try {
      this.inTransaction(() => {
        for (const cmd of batch) {
          try {
            // Each command is a savepoint: a failing command rolls back alone.
            const value = this.inTransaction(() => {
              const it = new Interpreter(ctx);
              const v = cmd.run(it, effects);
              it.drain();
              return v;
            });
            outcomes.push({ ok: true, value });
          } catch (err) {
            // Some errors (SQLITE_FULL: disk full; SQLITE_IOERR) make SQLite roll back the whole transaction, and
            // with it the commands before this one: the batch fails as one, with the error that says why.
            if (!this.db.inTransaction) throw err;
            outcomes.push({ ok: false, value: err });
          }
        }
        this.keys.persist();
      });
    } catch (err) {
      for (const cmd of batch) cmd.reject(err);
      return;
    }
    // Acknowledge only once the commit is on disk; the next batch may execute meanwhile.
    this.inFlight++;
    this.walSync.durable().then(
      () => {
        this.afterSync();
        batch.forEach((cmd, i) => (outcomes[i].ok ? cmd.resolve(outcomes[i].value) : cmd.reject(outcomes[i].value)));
        this.afterCommit(effects);
      },
      (err) => {
        this.afterSync();
        for (const cmd of batch) cmd.reject(err);
      },
    );
  }

  private afterCommit(effects: Effects): void {
    for (const key of effects.completedInstances) if (this.completionWaiters.has(key)) this.notifyCompletion(key, this.rootVariables(key));
    for (const key of effects.terminatedInstances) this.notifyCompletion(key, undefined);
    for (const type of effects.jobTypes) this.serveWaiters(type);
    this.scheduleWake();
  }

  // ------------------------------------------------------------------ deployment

  async deploy(resources: DeployResource[], tenantId = DEFAULT_TENANT): Promise<DeploymentResult> {
    if (!resources.length) throw invalidArgument('Expected to deploy at least one resource, but none given');
    const bpmn: Array<{ name: string; xml: string; processes: ProcessModel[] }> = [];
    const forms: Array<{ name: string; json: string; formId: string }> = [];
    const dmn: Array<{ name: string; xml: string; drg: CompiledDrg }> = [];
    for (const r of resources) {
      const text = typeof r.content === 'string' ? r.content : r.content.toString('utf8');
      if (Buffer.byteLength(text) > MAX_RESOURCE_BYTES) throw new EngineError('PAYLOAD_TOO_LARGE', `Resource '${r.name}' exceeds ${MAX_RESOURCE_BYTES} bytes`);
      if (/\.(bpmn|xml)$/i.test(r.name)) {
        const { processes } = await compileBpmn(text, r.name);
        // Refuses, with the element id, what deploys but could never run (runnability.ts).
        for (const process of processes) checkRunnable(process);
        bpmn.push({ name: r.name, xml: text, processes });
      } else if (/\.dmn$/i.test(r.name)) {
        dmn.push({ name: r.name, xml: text, drg: await compileDmn(text, r.name) });
      } else if (/\.form$/i.test(r.name)) {
        let parsed: any;
        try {
          parsed = JSON.parse(text);
        } catch (err) {
          // JSON.parse quotes the text it failed on: say where, never echo the upload.
          const at = /position (\d+)/.exec((err as Error).message);
          throw invalidArgument(`'${r.name}' is not a valid form: it is not JSON${at ? ` (error at position ${at[1]})` : ''}`);
        }
        if (!parsed || typeof parsed.id !== 'string' || !parsed.id) throw invalidArgument(`'${r.name}' is not a valid form: it has no 'id'`);
        if (!Array.isArray(parsed.components)) throw invalidArgument(`'${r.name}' is not a valid form: 'components' must be a list`);
        forms.push({ name: r.name, json: text, formId: parsed.id });
      } else {
        throw invalidArgument(`Resource '${r.name}' has an unsupported type: expected .bpmn, .dmn or .form`);
      }
    }
    return this.submit((it) => {
      const now = this.now();
      const deploymentKey = this.keys.take();
      this.st.run(`INSERT INTO deployments (key, tenant_id, created_at) VALUES (?, ?, ?)`, deploymentKey, tenantId, now);
      const result: DeploymentResult = { deploymentKey: String(deploymentKey), tenantId, processes: [], forms: [], decisions: [], decisionRequirements: [] };
      type Latest = { key: number; version: number; checksum: string; resource_name: string };
      const latestForm = (formId: string) =>
        this.st.one<Latest>(`SELECT key, version, checksum, resource_name FROM forms WHERE form_id = ? AND tenant_id = ? ORDER BY version DESC LIMIT 1`, formId, tenantId);
      const latestDrg = (id: string) =>
        this.st.one<Latest>(`SELECT key, version, checksum, resource_name FROM decision_requirements WHERE drg_id = ? AND tenant_id = ? ORDER BY version DESC LIMIT 1`, id, tenantId);
      // A DRG is versioned as one resource; each decision in it gets the next version of its own id (Zeebe).
      const deployDrg = (x: { d: { name: string; xml: string; drg: CompiledDrg }; checksum: string; latest?: Latest }, unchangedDeployment: boolean) => {
        const { d, checksum, latest } = x;
        const drgKey = unchangedDeployment ? latest!.key : this.keys.take();
        const drgVersion = unchangedDeployment ? latest!.version : (latest?.version ?? 0) + 1;
        if (!unchangedDeployment) {
          this.st.run(`INSERT INTO decision_requirements (key, drg_id, name, version, resource_name, checksum, xml, deployment_key, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, drgKey, d.drg.id, d.drg.name, drgVersion, d.name, checksum, d.xml, deploymentKey, tenantId);
        }
        result.decisionRequirements.push({ decisionRequirementsId: d.drg.id, decisionRequirementsName: d.drg.name, version: drgVersion, decisionRequirementsKey: String(drgKey), resourceName: d.name, tenantId });
        for (const decision of d.drg.decisions.values()) {
          let row = this.st.one<{ key: number; version: number }>(`SELECT key, version FROM decision_definitions WHERE drg_key = ? AND decision_id = ?`, drgKey, decision.id);
          if (!row) {
            const prev = this.st.one<{ version: number }>(`SELECT MAX(version) AS version FROM decision_definitions WHERE decision_id = ? AND tenant_id = ?`, decision.id, tenantId);
            row = { key: this.keys.take(), version: (prev?.version ?? 0) + 1 };
            this.st.run(`INSERT INTO decision_definitions (key, decision_id, name, version, drg_key, drg_id, deployment_key, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, row.key, decision.id, decision.name, row.version, drgKey, d.drg.id, deploymentKey, tenantId);
            this.decisions.register({ key: row.key, decisionId: decision.id, name: decision.name, version: row.version, tenantId, drgKey, drgId: d.drg.id, drg: d.drg });
          }
          result.decisions.push({ decisionDefinitionId: decision.id, name: decision.name, version: row.version, decisionDefinitionKey: String(row.key), decisionRequirementsId: d.drg.id, decisionRequirementsKey: String(drgKey), tenantId });
        }
      };
      const latestProcess = (id: string) =>
        this.st.one<Latest>(`SELECT key, version, checksum, resource_name FROM process_definitions WHERE bpmn_process_id = ? AND tenant_id = ? ORDER BY version DESC LIMIT 1`, id, tenantId);
      const formItems = forms.map((f) => ({ f, checksum: createHash('sha256').update(f.json).digest('hex'), latest: latestForm(f.formId) }));
      const processItems = bpmn.flatMap((b) => {
        const checksum = createHash('sha256').update(b.xml).digest('hex');
        return b.processes.map((model) => ({ b, model, checksum, latest: latestProcess(model.id) }));
      });
      // Zeebe (8.6+): a resource is a duplicate when its latest version has the same file name and content;
      // a deployment of duplicates only creates nothing, but once one resource changed, every resource of
      // the deployment gets a new version, so they stay versioned together ("deployment" binding).
      const isDuplicate = (x: { latest?: Latest; checksum: string }, name: string) => !!x.latest && x.latest.checksum === x.checksum && x.latest.resource_name === name;
      const drgItems = dmn.map((d) => ({ d, checksum: createHash('sha256').update(d.xml).digest('hex'), latest: latestDrg(d.drg.id) }));
      const unchanged = formItems.every((x) => isDuplicate(x, x.f.name)) && processItems.every((x) => isDuplicate(x, x.b.name)) && drgItems.every((x) => isDuplicate(x, x.d.name));
      for (const x of drgItems) deployDrg(x, unchanged);
      for (const { f, checksum, latest } of formItems) {
        if (unchanged) {
          result.forms.push({ formId: f.formId, version: latest!.version, formKey: String(latest!.key), resourceName: f.name, tenantId });
          continue;
        }
        const key = this.keys.take();
        const version = (latest?.version ?? 0) + 1;
        this.st.run(`INSERT INTO forms (key, form_id, version, resource_name, checksum, schema, deployment_key, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, key, f.formId, version, f.name, checksum, f.json, deploymentKey, tenantId);
        result.forms.push({ formId: f.formId, version, formKey: String(key), resourceName: f.name, tenantId });
      }
      for (const { b, model, checksum, latest } of processItems) {
        if (unchanged) {
          result.processes.push({ processDefinitionId: model.id, processDefinitionVersion: latest!.version, processDefinitionKey: String(latest!.key), resourceName: b.name, tenantId });
          continue;
        }
        const key = this.keys.take();
        const version = (latest?.version ?? 0) + 1;
        this.st.run(
          `INSERT INTO process_definitions (key, bpmn_process_id, version, name, version_tag, resource_name, checksum, xml, deployment_key, tenant_id, has_start_form, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          key, model.id, version, model.name ?? null, model.versionTag ?? null, b.name, checksum, b.xml, deploymentKey, tenantId, model.hasStartForm ? 1 : 0, now,
        );
        const info: DefinitionInfo = { key, bpmnProcessId: model.id, version, tenantId, model };
        this.models.register(info);
        this.checkMessageStartNames(info);
        this.replaceStartTimers(it, info);
        this.replaceSignalStarts(it, info);
        result.processes.push({ processDefinitionId: model.id, processDefinitionVersion: version, processDefinitionKey: String(key), resourceName: b.name, tenantId });
      }
      it.history('DEPLOYMENT', 'CREATED', deploymentKey, null, null);
      return result;
    });
  }

  /** As in Zeebe, a FEEL message name of a message start event is evaluated at deployment, without variables. */
  private checkMessageStartNames(info: DefinitionInfo): void {
    for (const id of info.model.messageStartEvents) {
      const expr = info.model.nodes.get(id)!.event?.messageName;
      if (!expr?.feel) continue;
      try {
        evaluateTyped(expr, {}, 'string');
      } catch (err) {
        throw invalidArgument(`Element '${id}': the message name of a message start event is evaluated at deployment, without variables: ${(err as Error).message}`);
      }
    }
  }

  /** A new version replaces the timer start events of the previous ones, as in Zeebe. */
  private replaceStartTimers(it: Interpreter, info: DefinitionInfo): void {
    this.timers.deleteStartTimersOfOtherVersions(info.bpmnProcessId, info.tenantId, info.key);
    for (const id of info.model.timerStartEvents) {
      const node = info.model.nodes.get(id)!;
      const t = node.event!.timer!;
      // As in Zeebe, an expression is evaluated at deployment, with no variables (now() works); a
      // timer that cannot be created rejects the deployment.
      let s;
      try {
        s = scheduleTimer(t.kind, evaluateExpr(t.expr, {}).value, this.now());
      } catch (err) {
        throw invalidArgument(`Element '${id}': could not create the timer of the timer start event: ${(err as Error).message}`);
      }
      this.timers.insert({
        key: this.keys.take(), dueAt: s.dueAt, kind: 'START', elementId: id, elementInstanceKey: null, processInstanceKey: null,
        processDefinitionKey: info.key, repetitions: s.remaining, spec: s.interval ?? null, tenantId: info.tenantId,
      });
    }
  }

  /**
   * A new version replaces the signal start subscriptions of the previous ones (Zeebe: signal
   * subscriptions exist only for the latest version). A FEEL name is evaluated here, without variables;
   * one that gives no non-empty string rejects the deployment.
   */
  private replaceSignalStarts(it: Interpreter, info: DefinitionInfo): void {
    this.subscriptions.deleteSignalStarts(info.bpmnProcessId, info.tenantId);
    for (const id of info.model.signalStartEvents) {
      const expr = info.model.nodes.get(id)!.event!.signalName!;
      if (!expr.feel && expr.value === '') throw invalidArgument(`Element '${id}': the signal name of a signal start event must not be empty`);
      let name: string;
      try {
        name = signalNameOf(expr, {}, id);
      } catch (err) {
        throw invalidArgument(`Element '${id}': the signal name of a signal start event is evaluated at deployment, without variables: ${(err as Error).message}`);
      }
      const key = this.keys.take();
      const owner = { elementInstanceKey: null, processInstanceKey: null, processDefinitionKey: info.key, bpmnProcessId: info.bpmnProcessId, tenantId: info.tenantId };
      this.subscriptions.insertSignal(key, name, id, owner, true, this.now());
      it.history('SIGNAL', 'SUBSCRIPTION_CREATED', key, null, id, null, { name, startEvent: true });
    }
  }

  // ------------------------------------------------------------------ process instances

  async createProcessInstance(cmd: CreateProcessInstance): Promise<CreatedProcessInstance> {
    if (cmd.variables !== undefined && (typeof cmd.variables !== 'object' || cmd.variables === null || Array.isArray(cmd.variables))) {
      throw invalidArgument('variables must be a JSON object');
    }
    const tenantId = cmd.tenantId ?? DEFAULT_TENANT;
    const created = await this.submit((it) => {
      let info: DefinitionInfo;
      if (cmd.processDefinitionKey !== undefined) {
        const key = Number(cmd.processDefinitionKey);
        if (!Number.isSafeInteger(key) || !this.models.has(key)) throw notFound(`Process definition with key '${cmd.processDefinitionKey}' not found`);
        info = this.models.get(key);
      } else if (cmd.processDefinitionId) {
        const version = cmd.processDefinitionVersion ?? -1;
        const row =
          version < 0
            ? this.st.one<{ key: number }>(`SELECT key FROM process_definitions WHERE bpmn_process_id = ? AND tenant_id = ? ORDER BY version DESC LIMIT 1`, cmd.processDefinitionId, tenantId)
            : this.st.one<{ key: number }>(`SELECT key FROM process_definitions WHERE bpmn_process_id = ? AND tenant_id = ? AND version = ?`, cmd.processDefinitionId, tenantId, version);
        if (!row) throw notFound(`Expected to find process definition with process ID '${cmd.processDefinitionId}'${version >= 0 ? ` and version '${version}'` : ''}, but none found`);
        info = this.models.get(row.key);
      } else {
        throw invalidArgument('Expected either processDefinitionId or processDefinitionKey');
      }
      const key = it.createProcessInstance(info, cmd.variables ?? {});
      return { info, key };
    });
    const base = {
      processDefinitionKey: String(created.info.key),
      processDefinitionId: created.info.bpmnProcessId,
      processDefinitionVersion: created.info.version,
      processInstanceKey: String(created.key),
      tenantId,
    };
    if (!cmd.awaitCompletion) return { ...base, variables: {} };
    const variables = await this.awaitCompletion(created.key, cmd.requestTimeout);
    const picked = cmd.fetchVariables?.length ? Object.fromEntries(Object.entries(variables).filter(([k]) => cmd.fetchVariables!.includes(k))) : variables;
    return { ...base, variables: picked };
  }

  private awaitCompletion(piKey: number, timeoutMs?: number): Promise<Variables> {
    const state = this.st.one<{ state: string }>(`SELECT state FROM process_instances WHERE key = ?`, piKey);
    if (state?.state === 'COMPLETED') {
      return Promise.resolve(this.rootVariables(piKey));
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new EngineError('DEADLINE_EXCEEDED', `Process instance '${piKey}' did not complete within the request timeout`)), timeoutMs && timeoutMs > 0 ? timeoutMs : 60_000);
      const list = this.completionWaiters.get(piKey) ?? [];
      list.push((vars) => {
        clearTimeout(timer);
        if (vars) resolve(vars);
        else reject(invalidState(`Process instance '${piKey}' was terminated`));
      });
      this.completionWaiters.set(piKey, list);
    });
  }

  private rootVariables(piKey: number): Variables {
    const out: Variables = {};
    for (const r of this.st.all<{ name: string; value: string }>(`SELECT name, value FROM variables WHERE scope_key = ?`, piKey)) out[r.name] = JSON.parse(r.value);
    return out;
  }

  private notifyCompletion(piKey: number, vars: Variables | undefined): void {
    const list = this.completionWaiters.get(piKey);
    if (!list) return;
    this.completionWaiters.delete(piKey);
    for (const fn of list) fn(vars);
  }

  cancelProcessInstance(processInstanceKey: string): Promise<void> {
    const key = parseKey(processInstanceKey, 'process instance');
    return this.submit((it) => it.cancelProcessInstance(key));
  }

  // ------------------------------------------------------------------ jobs

  async activateJobs(cmd: ActivateJobs, signal?: AbortSignal): Promise<ActivatedJob[]> {
    if (!cmd.type) throw invalidArgument('Expected a job type to activate, but none given');
    if (!(cmd.maxJobsToActivate > 0)) throw invalidArgument('maxJobsToActivate must be greater than 0');
    if (!(cmd.timeout > 0)) throw invalidArgument('timeout must be greater than 0');
    const jobs = await this.submit((it) => (signal?.aborted ? [] : this.activateNow(it, cmd)));
    // The client went away while the activation was queued: hand the jobs back instead of to nobody.
    if (signal?.aborted && jobs.length > 0) return this.releaseUndelivered(jobs).then(() => []);
    const wait = cmd.requestTimeout === undefined || cmd.requestTimeout === 0 ? LONG_POLL_DEFAULT_MS : cmd.requestTimeout;
    if (jobs.length > 0 || wait < 0 || signal?.aborted || this.closed || this.draining) return jobs;
    return new Promise((resolve) => {
      const waiter: JobWaiter = {
        cmd,
        done: false,
        resolve: (found) => {
          if (waiter.done) return;
          waiter.done = true;
          clearTimeout(waiter.timer);
          this.waiters.get(cmd.type)?.delete(waiter);
          resolve(found);
        },
        timer: setTimeout(() => waiter.resolve([]), wait),
      };
      signal?.addEventListener('abort', () => waiter.resolve([]), { once: true });
      let set = this.waiters.get(cmd.type);
      if (!set) this.waiters.set(cmd.type, (set = new Set()));
      set.add(waiter);
      // A job may have been created in the same commit as the empty activation: look once more.
      if (this.st.one(`SELECT 1 AS x FROM jobs WHERE type = ? AND state = 'CREATED' AND activatable_at <= ? LIMIT 1`, cmd.type, this.now())) {
        this.serveWaiters(cmd.type);
      }
    });
  }

  private serveWaiters(type: string): void {
    const set = this.waiters.get(type);
    if (!set || set.size === 0) return;
    for (const waiter of [...set]) {
      if (waiter.done) continue;
      // Remove first so a second wake-up does not double-serve; re-add when nothing was found.
      set.delete(waiter);
      // The activation runs on the next flush; a long poll that ended meanwhile (client gone, timeout) must not
      // receive jobs: they would stay activated to nobody until their deadline, which a pinned clock never reaches.
      this.submit((it) => (waiter.done ? [] : this.activateNow(it, waiter.cmd))).then(
        (jobs) => {
          if (waiter.done) {
            if (jobs.length > 0) void this.releaseUndelivered(jobs);
          } else if (jobs.length > 0) waiter.resolve(jobs);
          else set.add(waiter);
        },
        () => waiter.resolve([]),
      );
    }
  }

  /** Jobs activated for a long poll that is no longer there go back to CREATED, for the next worker. */
  private releaseUndelivered(jobs: ActivatedJob[]): Promise<void> {
    return this.submit((it, effects) => {
      for (const job of jobs) {
        const key = Number(job.jobKey);
        const row = this.st.one<JobRow>(`SELECT * FROM jobs WHERE key = ? AND state = 'ACTIVATED'`, key);
        if (!row) continue;
        this.st.run(`UPDATE jobs SET state = 'CREATED', worker = NULL, deadline = NULL, activatable_at = ? WHERE key = ?`, this.now(), key);
        it.history('JOB', 'TIMED_OUT', key, row.process_instance_key, row.element_id);
        effects.jobTypes.add(row.type);
      }
    });
  }

  private activateNow(it: Interpreter, cmd: ActivateJobs): ActivatedJob[] {
    const now = this.now();
    const tenants = cmd.tenantIds?.length ? cmd.tenantIds : [DEFAULT_TENANT];
    const rows = this.st.all<JobRow>(
      `SELECT * FROM jobs WHERE type = ? AND state = 'CREATED' AND activatable_at <= ? ORDER BY key LIMIT ?`,
      cmd.type, now, Math.min(cmd.maxJobsToActivate, 1000),
    ).filter((j) => tenants.includes(j.tenant_id));
    const worker = cmd.worker ?? '';
    return rows.map((job) => {
      const deadline = now + cmd.timeout;
      this.st.run(`UPDATE jobs SET state = 'ACTIVATED', worker = ?, deadline = ? WHERE key = ?`, worker, deadline, job.key);
      it.history('JOB', 'ACTIVATED', job.key, job.process_instance_key, job.element_id, worker);
      let variables = it.vars.context(job.element_instance_key);
      if (cmd.fetchVariable?.length) variables = Object.fromEntries(Object.entries(variables).filter(([k]) => cmd.fetchVariable!.includes(k)));
      return {
        jobKey: String(job.key),
        type: job.type,
        processInstanceKey: String(job.process_instance_key),
        processDefinitionId: job.bpmn_process_id,
        processDefinitionVersion: job.version,
        processDefinitionKey: String(job.process_definition_key),
        elementId: job.element_id,
        elementInstanceKey: String(job.element_instance_key),
        customHeaders: JSON.parse(job.custom_headers),
        worker,
        retries: job.retries,
        deadline,
        variables,
        tenantId: job.tenant_id,
        kind: 'BPMN_ELEMENT' as const,
        listenerEventType: 'UNSPECIFIED' as const,
      };
    });
  }

  private activeJob(jobKey: string): JobRow {
    const key = parseKey(jobKey, 'job');
    const job = this.st.one<JobRow>(`SELECT * FROM jobs WHERE key = ?`, key);
    if (!job) throw notFound(`Job with key '${jobKey}' not found`);
    // As in Zeebe: finished jobs are gone (404); a failed job waiting on its incident is a conflict (409).
    if (job.state === 'FAILED') throw invalidState(`Expected to find an activatable or activated job with key '${jobKey}', but it is in state FAILED`);
    if (job.state !== 'ACTIVATED' && job.state !== 'CREATED') throw notFound(`Job with key '${jobKey}' not found`);
    return job;
  }

  completeJob(jobKey: string, variables: Variables = {}): Promise<void> {
    assertVariables(variables);
    return this.submit((it) => {
      const job = this.activeJob(jobKey);
      it.completeJob(job, variables);
    });
  }

  failJob(jobKey: string, cmd: FailJob): Promise<void> {
    if (typeof cmd.retries !== 'number' || !Number.isInteger(cmd.retries) || cmd.retries < 0) throw invalidArgument('retries must be a non-negative integer');
    if (cmd.variables !== undefined) assertVariables(cmd.variables);
    return this.submit((it) => {
      const job = this.activeJob(jobKey);
      const now = this.now();
      const backOff = Math.max(0, cmd.retryBackOff ?? 0);
      if (cmd.variables && Object.keys(cmd.variables).length) {
        for (const [k, v] of Object.entries(cmd.variables)) it.vars.setLocal(it.ei(job.element_instance_key), k, v);
      }
      if (cmd.retries > 0) {
        this.jobs.makeActivatable(job.key, now + backOff, { retries: cmd.retries, errorMessage: cmd.errorMessage ?? null });
        it.history('JOB', 'FAILED', job.key, job.process_instance_key, job.element_id, job.worker, { retries: cmd.retries, retryBackOff: backOff });
      } else {
        this.st.run(`UPDATE jobs SET state = 'FAILED', retries = 0, worker = NULL, deadline = NULL, error_message = ? WHERE key = ?`, cmd.errorMessage ?? null, job.key);
        it.history('JOB', 'FAILED', job.key, job.process_instance_key, job.element_id, job.worker, { retries: 0 });
        it.raiseIncident(it.ei(job.element_instance_key), 'JOB_NO_RETRIES', cmd.errorMessage || 'No more retries left.', job.key);
      }
    });
  }

  throwJobError(jobKey: string, cmd: ThrowJobError): Promise<void> {
    if (!cmd.errorCode) throw invalidArgument('errorCode must not be empty');
    if (cmd.variables !== undefined) assertVariables(cmd.variables);
    return this.submit((it) => {
      const job = this.activeJob(jobKey);
      this.st.run(`UPDATE jobs SET state = 'ERROR_THROWN', error_code = ?, error_message = ?, worker = NULL, deadline = NULL WHERE key = ?`, cmd.errorCode, cmd.errorMessage ?? null, job.key);
      it.history('JOB', 'ERROR_THROWN', job.key, job.process_instance_key, job.element_id, job.worker, { errorCode: cmd.errorCode });
      const ei = it.ei(job.element_instance_key);
      it.throwError(ei, cmd.errorCode, cmd.errorMessage ?? '', cmd.variables ?? {}, ei, job.key);
    });
  }

  /** PATCH /v2/jobs/{key}: new retries (e.g. before resolving a JOB_NO_RETRIES incident) or timeout. */
  updateJob(jobKey: string, changeset: { retries?: number; timeout?: number }): Promise<void> {
    if (changeset.retries !== undefined && (!Number.isInteger(changeset.retries) || changeset.retries < 1)) throw invalidArgument('retries must be a positive integer');
    return this.submit((it) => {
      const key = parseKey(jobKey, 'job');
      const job = this.st.one<JobRow>(`SELECT * FROM jobs WHERE key = ?`, key);
      if (!job || ['COMPLETED', 'CANCELED', 'ERROR_THROWN'].includes(job.state)) throw notFound(`Job with key '${jobKey}' not found`);
      if (changeset.retries !== undefined) this.st.run(`UPDATE jobs SET retries = ? WHERE key = ?`, changeset.retries, key);
      if (changeset.timeout !== undefined && job.state === 'ACTIVATED') this.st.run(`UPDATE jobs SET deadline = ? WHERE key = ?`, this.now() + changeset.timeout, key);
      it.history('JOB', 'UPDATED', key, job.process_instance_key, job.element_id, null, changeset);
    });
  }

  // ------------------------------------------------------------------ messages

  publishMessage(cmd: PublishMessage): Promise<PublishedMessage> {
    if (!cmd.name) throw invalidArgument('Message name must not be empty');
    if (cmd.variables !== undefined) assertVariables(cmd.variables);
    const tenantId = cmd.tenantId ?? DEFAULT_TENANT;
    const correlationKey = cmd.correlationKey ?? '';
    const ttl = Math.max(0, cmd.timeToLive ?? 0);
    return this.submit((it) => {
      const now = this.now();
      if (cmd.messageId) {
        const dup = this.st.one(`SELECT key FROM messages WHERE tenant_id = ? AND name = ? AND message_id = ? AND expires_at > ?`, tenantId, cmd.name, cmd.messageId, now);
        if (dup) throw new EngineError('INVALID_STATE', `Expected to publish a new message with id '${cmd.messageId}', but a message with that id was already published`);
        this.st.run(`DELETE FROM messages WHERE tenant_id = ? AND name = ? AND message_id = ?`, tenantId, cmd.name, cmd.messageId);
      }
      const key = this.keys.take();
      const variables = cmd.variables ?? {};
      if (ttl > 0) {
        this.st.run(
          `INSERT INTO messages (key, name, correlation_key, message_id, variables, published_at, expires_at, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          key, cmd.name, correlationKey, cmd.messageId ?? null, JSON.stringify(variables), now, now + ttl, tenantId,
        );
      }
      it.history('MESSAGE', 'PUBLISHED', key, null, null, null, { name: cmd.name, timeToLive: ttl });
      this.correlateEverywhere(it, key, cmd.name, correlationKey, variables, tenantId, false);
      return { messageKey: String(key), tenantId };
    });
  }

  correlateMessage(cmd: CorrelateMessage): Promise<CorrelatedMessage> {
    if (!cmd.name) throw invalidArgument('Message name must not be empty');
    if (cmd.variables !== undefined) assertVariables(cmd.variables);
    const tenantId = cmd.tenantId ?? DEFAULT_TENANT;
    return this.submit((it) => {
      const key = this.keys.take();
      it.history('MESSAGE', 'CORRELATION_REQUESTED', key, null, null, null, { name: cmd.name });
      const piKey = this.correlateEverywhere(it, key, cmd.name, cmd.correlationKey ?? '', cmd.variables ?? {}, tenantId, true);
      if (piKey === undefined) {
        throw notFound(`Expected to find subscriptions for message with name '${cmd.name}' and correlation key '${cmd.correlationKey ?? ''}', but none were found.`);
      }
      return { messageKey: String(key), processInstanceKey: String(piKey), tenantId };
    });
  }

  /** Correlates a message to waiting subscriptions (once per process id) and message start events. */
  private correlateEverywhere(it: Interpreter, messageKey: number, name: string, correlationKey: string, variables: Variables, tenantId: string, firstOnly: boolean): number | undefined {
    let firstPi: number | undefined;
    const subs = this.st.all<SubscriptionRow>(`SELECT * FROM message_subscriptions WHERE message_name = ? AND correlation_key = ? AND tenant_id = ? ORDER BY key`, name, correlationKey, tenantId);
    const usedProcesses = new Set<string>();
    for (const sub of subs) {
      if (usedProcesses.has(sub.bpmn_process_id)) continue;
      usedProcesses.add(sub.bpmn_process_id);
      this.st.run(`INSERT OR IGNORE INTO message_correlations (message_key, bpmn_process_id, process_instance_key) VALUES (?, ?, ?)`, messageKey, sub.bpmn_process_id, sub.process_instance_key);
      it.triggerSubscription(sub, variables, messageKey);
      firstPi = firstPi ?? sub.process_instance_key;
      if (firstOnly) return firstPi;
    }
    for (const def of this.models.messageStarts(tenantId)) {
      if (usedProcesses.has(def.bpmnProcessId)) continue;
      const start = it.messageStartNode(def, name);
      if (!start) continue;
      // An instance started with this key is still active: no second one. The message stays buffered
      // (per its TTL) and starts the next instance when that one ends. An empty key always starts.
      if (correlationKey !== '' && it.messageStartLocked(def.bpmnProcessId, tenantId, correlationKey)) continue;
      usedProcesses.add(def.bpmnProcessId);
      const piKey = it.createProcessInstance(def, {}, { startNodeId: start.id, triggerVariables: variables, message: { key: messageKey, correlationKey } });
      firstPi = firstPi ?? piKey;
      if (firstOnly) return firstPi;
    }
    return firstPi;
  }

  // ------------------------------------------------------------------ signals

  /** POST /v2/signals/broadcast: every subscription of the name in the tenant, at this moment. */
  broadcastSignal(cmd: BroadcastSignal): Promise<BroadcastedSignal> {
    if (typeof cmd.signalName !== 'string') throw invalidArgument('No signalName provided.');
    if (cmd.variables !== undefined) assertVariables(cmd.variables);
    const tenantId = cmd.tenantId ?? DEFAULT_TENANT;
    return this.submit((it) => {
      const key = this.keys.take();
      it.broadcastSignal(key, cmd.signalName, cmd.variables ?? {}, tenantId);
      return { signalKey: String(key), tenantId };
    });
  }

  // ------------------------------------------------------------------ user tasks

  private openUserTask(userTaskKey: string): { key: number; assignee: string | null; state: string } {
    const key = parseKey(userTaskKey, 'user task');
    const task = this.st.one<{ key: number; assignee: string | null; state: string }>(`SELECT key, assignee, state FROM user_tasks WHERE key = ?`, key);
    if (!task) throw notFound(`User task with key '${userTaskKey}' not found`);
    if (task.state !== 'CREATED') throw invalidState(`User task with key '${userTaskKey}' is not active (state ${task.state})`);
    return task;
  }

  assignUserTask(userTaskKey: string, cmd: AssignUserTask, actor?: string): Promise<void> {
    if (!cmd.assignee || typeof cmd.assignee !== 'string') throw invalidArgument('assignee must be a non-empty string');
    return this.submit((it) => {
      const task = this.openUserTask(userTaskKey);
      if (task.assignee && task.assignee !== cmd.assignee && cmd.allowOverride === false) {
        throw invalidState(`User task with key '${userTaskKey}' is already assigned to another user`);
      }
      this.st.run(`UPDATE user_tasks SET assignee = ? WHERE key = ?`, cmd.assignee, task.key);
      const pi = this.st.one<{ process_instance_key: number; element_id: string }>(`SELECT process_instance_key, element_id FROM user_tasks WHERE key = ?`, task.key)!;
      it.history('USER_TASK', 'ASSIGNED', task.key, pi.process_instance_key, pi.element_id, actor ?? null, { assignee: cmd.assignee, action: cmd.action ?? 'assign' });
    });
  }

  unassignUserTask(userTaskKey: string, actor?: string): Promise<void> {
    return this.submit((it) => {
      const task = this.openUserTask(userTaskKey);
      this.st.run(`UPDATE user_tasks SET assignee = NULL WHERE key = ?`, task.key);
      const pi = this.st.one<{ process_instance_key: number; element_id: string }>(`SELECT process_instance_key, element_id FROM user_tasks WHERE key = ?`, task.key)!;
      it.history('USER_TASK', 'UNASSIGNED', task.key, pi.process_instance_key, pi.element_id, actor ?? null);
    });
  }

  completeUserTask(userTaskKey: string, cmd: CompleteUserTask, actor?: string): Promise<void> {
    if (cmd.variables !== undefined) assertVariables(cmd.variables);
    return this.submit((it) => {
      const task = this.openUserTask(userTaskKey);
      it.completeUserTask(task.key, cmd.variables ?? {}, actor ?? task.assignee, cmd.action ?? 'complete');
    });
  }

  // ------------------------------------------------------------------ incidents and variables

  /** POST /v2/decision-definitions/evaluation: the latest version by id (in the tenant), or one version by key. */
  evaluateDecision(cmd: EvaluateDecision): Promise<EvaluatedDecisionResult> {
    const tenantId = cmd.tenantId ?? DEFAULT_TENANT;
    if (cmd.variables !== undefined && (typeof cmd.variables !== 'object' || cmd.variables === null || Array.isArray(cmd.variables))) throw invalidArgument('variables must be a JSON object');
    let decision: DecisionInfo | undefined;
    if (cmd.decisionDefinitionKey !== undefined) {
      decision = this.decisions.get(parseKey(cmd.decisionDefinitionKey, 'decision definition'));
      if (!decision) throw notFound(`Expected to evaluate decision with key '${cmd.decisionDefinitionKey}', but no such decision found`);
    } else if (cmd.decisionDefinitionId) {
      decision = this.decisions.latest(cmd.decisionDefinitionId, tenantId);
      if (!decision) throw notFound(`Expected to evaluate decision '${cmd.decisionDefinitionId}', but no decision found for id '${cmd.decisionDefinitionId}'`);
    } else throw invalidArgument('Expected either decisionDefinitionId or decisionDefinitionKey');
    const found = decision;
    return this.submit((it) => decisionResult(this.decisions.evaluate(found, cmd.variables ?? {}, {}, () => it.takeKey(), this.now())));
  }

  resolveIncident(incidentKey: string): Promise<void> {
    const key = parseKey(incidentKey, 'incident');
    return this.submit((it) => it.resolveIncident(key));
  }

  setVariables(elementInstanceKey: string, variables: Variables, local: boolean): Promise<void> {
    assertVariables(variables);
    const key = parseKey(elementInstanceKey, 'element instance');
    return this.submit((it) => {
      const ei = it.ei(key);
      if (ei.state !== 'ACTIVE') throw notFound(`Element instance with key '${elementInstanceKey}' is not active`);
      if (local) for (const [k, v] of Object.entries(variables)) it.vars.setLocal(ei, k, v);
      else it.vars.propagate(key, variables);
      it.history('VARIABLE', 'UPDATED', key, ei.process_instance_key, ei.element_id, null, { names: Object.keys(variables) });
    });
  }

  /**
   * Moves the open date timers of a process instance to what their `timeDate` expressions give now (not in Zeebe,
   * which evaluates a timer once). For variables corrected after the fact, e.g. a due date recomputed when an
   * official holiday date is recorded. Open user tasks' `zeebe:taskSchedule` due dates are re-evaluated likewise.
   * Returns the timers moved (instants in epoch ms) and the user tasks whose due date changed (element ids).
   */
  rescheduleTimers(processInstanceKey: string): Promise<{ timers: Array<{ timerKey: string; elementId: string; from: number; to: number }>; userTasks: string[] }> {
    const key = parseKey(processInstanceKey, 'process instance');
    return this.submit((it) => {
      const pi = it.ei(key);
      if (pi.state !== 'ACTIVE') throw notFound(`Process instance with key '${processInstanceKey}' is not active`);
      const timers = it.rescheduleDateTimers(key).map((t) => ({ ...t, timerKey: String(t.timerKey) }));
      return { timers, userTasks: it.rescheduleUserTaskDueDates(key) };
    });
  }

  // ------------------------------------------------------------------ clock and scheduler

  /** Pins the clock; like Zeebe's clock records, the pin survives a restart. */
  async pinClock(epochMs: number): Promise<void> {
    if (!Number.isFinite(epochMs) || epochMs < 0) throw invalidArgument('timestamp must be a non-negative epoch millisecond value');
    await this.submit((it) => {
      this.st.run(`INSERT INTO meta (name, value) VALUES ('clock_pinned_at', ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value`, String(epochMs));
      this.clock.pin(epochMs);
      it.history('CLOCK', 'PINNED', null, null, null, null, { epochMs });
    });
    await this.fireDue();
  }

  async resetClock(): Promise<void> {
    await this.submit((it) => {
      this.st.run(`DELETE FROM meta WHERE name = 'clock_pinned_at'`);
      this.clock.reset();
      it.history('CLOCK', 'RESET', null, null, null);
    });
    await this.fireDue();
  }

  /** Fires everything due at the current clock time, in due order, in batches. Resolves when done. */
  async fireDue(): Promise<void> {
    for (;;) {
      const more = await this.submit((it, effects) => {
        const now = this.now();
        const timers = this.timers.due(now, DUE_BATCH);
        for (const t of timers) {
          // Each timer in its own savepoint: one broken owner must not block the others.
          try {
            this.inTransaction(() => {
              const inner = new Interpreter({ st: this.st, keys: this.keys, clock: this.clock, models: this.models, decisions: this.decisions, effects });
              inner.fireTimer(t);
              inner.drain();
            });
          } catch (err) {
            // Never drop a timer: keep it and try again later, leaving a trace in the history.
            this.timers.postpone(t.key, now + TIMER_RETRY_MS);
            it.history('TIMER', 'FIRE_FAILED', t.key, t.process_instance_key, t.element_id, null, { error: (err as Error).name });
          }
        }
        const timedOut = this.jobs.timedOut(now, DUE_BATCH);
        for (const j of timedOut) {
          this.jobs.makeActivatable(j.key, now);
          it.history('JOB', 'TIMED_OUT', j.key, j.process_instance_key, j.element_id);
          effects.jobTypes.add(j.type);
        }
        this.st.run(`DELETE FROM messages WHERE expires_at <= ?`, now);
        // Jobs whose back-off ended become activatable for waiting workers.
        for (const [type, waiting] of this.waiters) {
          if (waiting.size && this.st.one(`SELECT 1 AS x FROM jobs WHERE type = ? AND state = 'CREATED' AND activatable_at <= ? LIMIT 1`, type, now)) effects.jobTypes.add(type);
        }
        // Fired timers may have scheduled follow-ups (cycles) that are already due: go again.
        return timers.length > 0 || timedOut.length === DUE_BATCH;
      });
      if (!more) return;
    }
  }

  private nextDue(): number {
    const q = (sql: string, ...p: unknown[]) => (this.st.one<{ t: number | null }>(sql, ...p)?.t ?? Infinity);
    const now = this.now();
    let next = Math.min(
      q(`SELECT MIN(due_at) AS t FROM timers`),
      q(`SELECT MIN(deadline) AS t FROM jobs WHERE state = 'ACTIVATED'`),
      q(`SELECT MIN(expires_at) AS t FROM messages`),
    );
    if (this.waiters.size) next = Math.min(next, q(`SELECT MIN(activatable_at) AS t FROM jobs WHERE state = 'CREATED' AND activatable_at > ?`, now));
    return next;
  }

  /** One timer for the whole engine, set for the earliest due item. */
  private scheduleWake(): void {
    if (this.closed) return;
    const due = this.nextDue();
    if (due === Infinity) {
      if (this.wakeTimer) clearTimeout(this.wakeTimer);
      this.wakeTimer = undefined;
      this.wakeAt = Infinity;
      return;
    }
    if (this.wakeTimer && due >= this.wakeAt) return;
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    const delay = Math.max(0, Math.min(due - this.now(), MAX_SLEEP_MS));
    this.wakeAt = due;
    this.wakeTimer = setTimeout(() => {
      this.wakeTimer = undefined;
      this.wakeAt = Infinity;
      this.fireDue().catch(() => undefined).finally(() => this.scheduleWake());
    }, delay);
    this.wakeTimer.unref?.();
  }

  /** Answers every waiting job activation with no jobs and stops long polling (shutdown). */
  releaseJobWaiters(): void {
    this.draining = true;
    for (const set of this.waiters.values()) for (const w of set) w.resolve([]);
    this.waiters.clear();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Let queued commands commit before closing.
    while (this.queue.length || this.flushScheduled || this.flushAfterSync || this.inFlight) await new Promise((r) => setImmediate(r));
    this.closed = true;
    this.walSync.close();
    await this.checkpointer?.close();
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    for (const set of this.waiters.values()) for (const w of set) w.resolve([]);
    this.waiters.clear();
    this.db.close();
  }
}

function parseKey(value: string, what: string): number {
  const key = Number(value);
  if (!/^\d+$/.test(String(value)) || !Number.isSafeInteger(key)) throw invalidArgument(`'${value}' is not a valid ${what} key`);
  return key;
}

function assertVariables(variables: unknown): void {
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) throw invalidArgument('variables must be a JSON object');
}
