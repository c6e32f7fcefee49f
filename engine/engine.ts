import {
  ActivatedJob, ActivateJobs, AssignUserTask, BroadcastedSignal, BroadcastSignal, CompleteUserTask, CorrelatedMessage, CorrelateMessage, CreatedProcessInstance,
  CreateProcessInstance, DeploymentResult, EvaluateDecision, EvaluatedDecisionResult, DeployResource, EngineCommands, FailJob, PublishedMessage, PublishMessage, ThrowJobError, Variables,
} from './api/commands';
import { EngineClock } from './clock';
import { invalidArgument, invalidState, notFound } from './errors';
import { useFeelClock } from './feel/feel';
import { DecisionInfo, DecisionRegistry } from './runtime/decisions';
import { decisionResult } from './runtime/decision-result';
import { Effects, EngineContext, Interpreter } from './runtime/interpreter';
import { ModelRegistry } from './runtime/models';
import { compileResources, deployResources, loadDeployedDefinitions } from './runtime/deployment';
import { cancelProcessInstance, createProcessInstance, definitionToStart } from './runtime/behaviours/process-instances';
import { activateJobs, activeJob, completeJob, failJob, returnToPool, throwJobError, updateJob } from './runtime/behaviours/jobs';
import { correlateMessage, publishMessage } from './runtime/behaviours/message-correlation';
import { broadcastSignal } from './runtime/behaviours/signals';
import { assignUserTask, completeUserTask, openUserTask } from './runtime/behaviours/user-tasks';
import { resolveIncident } from './runtime/behaviours/incidents';
import { fireTimer } from './runtime/behaviours/event-triggers';
import { rescheduleDateTimers } from './runtime/behaviours/timer-rescheduling';
import { rescheduleUserTaskDueDates } from './runtime/behaviours/user-tasks';
import { Db, openDatabase, OpenOptions } from './store/database';
import { KeyGenerator } from './store/keys';
import { WalSync } from './store/wal-sync';
import { Checkpointer, startCheckpointer } from './store/checkpointer';
import { Statements } from './store/statements';
import { Stores } from './store/stores';
import { assertVariables, parseKey } from './api/arguments';
import { CompletionWaiters } from './completion-waiters';
import { JobLongPolling } from './long-polling';

export const DEFAULT_TENANT = '<default>';
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

/**
 * The embedded engine: commands are queued, grouped into one SQLite transaction (one fsync for all
 * commands that arrived together), and acknowledged only after that commit.
 */
export class Engine implements EngineCommands {
  readonly db: Db;
  readonly clock: EngineClock;
  private readonly stores: Stores;
  private readonly keys: KeyGenerator;
  readonly models: ModelRegistry;
  readonly decisions: DecisionRegistry;
  private queue: Command<any>[] = [];
  private flushScheduled = false;
  /** Commands are waiting for the WAL fsync in flight to end (group commit, see scheduleFlush). */
  private flushAfterSync = false;
  private wakeTimer: NodeJS.Timeout | undefined;
  private wakeAt = Infinity;
  private readonly longPolling: JobLongPolling;
  private readonly completionWaiters = new CompletionWaiters();
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
    this.stores = new Stores(new Statements(this.db));
    this.keys = new KeyGenerator(this.db);
    this.models = new ModelRegistry(this.stores.deployments);
    this.decisions = new DecisionRegistry(this.stores.decisions);
    this.transactional = this.db.transaction((fn: () => unknown) => fn());
    this.longPolling = new JobLongPolling({
      activate: (cmd, gone) => this.submit((it) => (gone() ? [] : this.activateNow(it, cmd))),
      release: (jobs) => this.releaseUndelivered(jobs),
      hasActivatable: (type) => this.stores.jobs.hasActivatable(type, this.now()),
    });
  }

  /** Opens (or creates) the engine state and resumes every timer, job and subscription. */
  static async open(options: EngineOptions = {}): Promise<Engine> {
    const engine = new Engine(options);
    const pinned = engine.stores.meta.pinnedClock();
    if (pinned !== undefined && !options.clock) engine.clock.pin(pinned);
    await loadDeployedDefinitions(engine.stores, engine.models, engine.decisions);
    engine.scheduleWake();
    return engine;
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
    return { stores: this.stores, keys: this.keys, clock: this.clock, models: this.models, decisions: this.decisions, effects };
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
    for (const key of effects.completedInstances) if (this.completionWaiters.has(key)) this.completionWaiters.notify(key, this.rootVariables(key));
    for (const key of effects.terminatedInstances) this.completionWaiters.notify(key, undefined);
    for (const type of effects.jobTypes) this.longPolling.serve(type);
    this.scheduleWake();
  }

  // ------------------------------------------------------------------ deployment

  async deploy(resources: DeployResource[], tenantId = DEFAULT_TENANT): Promise<DeploymentResult> {
    const compiled = await compileResources(resources);
    return this.submit((it) => deployResources(it, compiled, tenantId));
  }

  // ------------------------------------------------------------------ process instances

  async createProcessInstance(cmd: CreateProcessInstance): Promise<CreatedProcessInstance> {
    if (cmd.variables !== undefined) assertVariables(cmd.variables);
    const tenantId = cmd.tenantId ?? DEFAULT_TENANT;
    const created = await this.submit((it) => {
      const info = definitionToStart(it, cmd, tenantId);
      return { info, key: createProcessInstance(it, info, cmd.variables ?? {}) };
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
    if (this.stores.processInstances.get(piKey)?.state === 'COMPLETED') {
      return Promise.resolve(this.rootVariables(piKey));
    }
    return this.completionWaiters.wait(piKey, timeoutMs);
  }

  private rootVariables(piKey: number): Variables {
    const out: Variables = {};
    for (const r of this.stores.variables.ofScope(piKey)) out[r.name] = JSON.parse(r.value);
    return out;
  }

  cancelProcessInstance(processInstanceKey: string): Promise<void> {
    const key = parseKey(processInstanceKey, 'process instance');
    return this.submit((it) => cancelProcessInstance(it, key));
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
    return this.longPolling.wait(cmd, wait, signal);
  }

  /** Jobs activated for a long poll that is no longer there go back to CREATED, for the next worker. */
  private releaseUndelivered(jobs: ActivatedJob[]): Promise<void> {
    return this.submit((it) => {
      for (const job of jobs) {
        const row = this.stores.jobs.get(Number(job.jobKey));
        if (row?.state === 'ACTIVATED') returnToPool(it, row);
      }
    });
  }

  private activateNow(it: Interpreter, cmd: ActivateJobs): ActivatedJob[] {
    return activateJobs(it, cmd, cmd.tenantIds?.length ? cmd.tenantIds : [DEFAULT_TENANT]);
  }

  completeJob(jobKey: string, variables: Variables = {}): Promise<void> {
    assertVariables(variables);
    return this.submit((it) => completeJob(it, activeJob(it, parseKey(jobKey, 'job')), variables));
  }

  failJob(jobKey: string, cmd: FailJob): Promise<void> {
    if (typeof cmd.retries !== 'number' || !Number.isInteger(cmd.retries) || cmd.retries < 0) throw invalidArgument('retries must be a non-negative integer');
    if (cmd.variables !== undefined) assertVariables(cmd.variables);
    return this.submit((it) => failJob(it, activeJob(it, parseKey(jobKey, 'job')), cmd));
  }

  throwJobError(jobKey: string, cmd: ThrowJobError): Promise<void> {
    if (!cmd.errorCode) throw invalidArgument('errorCode must not be empty');
    if (cmd.variables !== undefined) assertVariables(cmd.variables);
    return this.submit((it) => throwJobError(it, activeJob(it, parseKey(jobKey, 'job')), cmd));
  }

  /** PATCH /v2/jobs/{key}: new retries (e.g. before resolving a JOB_NO_RETRIES incident) or timeout. */
  updateJob(jobKey: string, changeset: { retries?: number; timeout?: number }): Promise<void> {
    if (changeset.retries !== undefined && (!Number.isInteger(changeset.retries) || changeset.retries < 1)) throw invalidArgument('retries must be a positive integer');
    return this.submit((it) => updateJob(it, parseKey(jobKey, 'job'), changeset));
  }

  // ------------------------------------------------------------------ messages

  publishMessage(cmd: PublishMessage): Promise<PublishedMessage> {
    if (!cmd.name) throw invalidArgument('Message name must not be empty');
    if (cmd.variables !== undefined) assertVariables(cmd.variables);
    const tenantId = cmd.tenantId ?? DEFAULT_TENANT;
    const correlationKey = cmd.correlationKey ?? '';
    const ttl = Math.max(0, cmd.timeToLive ?? 0);
    return this.submit((it) => {
      const key = publishMessage(it, { name: cmd.name, correlationKey, messageId: cmd.messageId, variables: cmd.variables ?? {}, timeToLive: ttl, tenantId });
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
      const piKey = correlateMessage(it, key, cmd.name, cmd.correlationKey ?? '', cmd.variables ?? {}, tenantId, true);
      if (piKey === undefined) {
        throw notFound(`Expected to find subscriptions for message with name '${cmd.name}' and correlation key '${cmd.correlationKey ?? ''}', but none were found.`);
      }
      return { messageKey: String(key), processInstanceKey: String(piKey), tenantId };
    });
  }

  // ------------------------------------------------------------------ signals

  /** POST /v2/signals/broadcast: every subscription of the name in the tenant, at this moment. */
  broadcastSignal(cmd: BroadcastSignal): Promise<BroadcastedSignal> {
    if (typeof cmd.signalName !== 'string') throw invalidArgument('No signalName provided.');
    if (cmd.variables !== undefined) assertVariables(cmd.variables);
    const tenantId = cmd.tenantId ?? DEFAULT_TENANT;
    return this.submit((it) => {
      const key = this.keys.take();
      broadcastSignal(it, key, cmd.signalName, cmd.variables ?? {}, tenantId);
      return { signalKey: String(key), tenantId };
    });
  }

  // ------------------------------------------------------------------ user tasks

  assignUserTask(userTaskKey: string, cmd: AssignUserTask, actor?: string): Promise<void> {
    if (!cmd.assignee || typeof cmd.assignee !== 'string') throw invalidArgument('assignee must be a non-empty string');
    return this.submit((it) => {
      const task = openUserTask(it, parseKey(userTaskKey, 'user task'), userTaskKey);
      if (task.assignee && task.assignee !== cmd.assignee && cmd.allowOverride === false) {
        throw invalidState(`User task with key '${userTaskKey}' is already assigned to another user`);
      }
      assignUserTask(it, task, cmd.assignee, actor ?? null, cmd.action);
    });
  }

  unassignUserTask(userTaskKey: string, actor?: string): Promise<void> {
    return this.submit((it) => assignUserTask(it, openUserTask(it, parseKey(userTaskKey, 'user task'), userTaskKey), null, actor ?? null));
  }

  completeUserTask(userTaskKey: string, cmd: CompleteUserTask, actor?: string): Promise<void> {
    if (cmd.variables !== undefined) assertVariables(cmd.variables);
    return this.submit((it) => {
      const task = openUserTask(it, parseKey(userTaskKey, 'user task'), userTaskKey);
      completeUserTask(it, task, cmd.variables ?? {}, actor ?? task.assignee, cmd.action ?? 'complete');
    });
  }

  // ------------------------------------------------------------------ incidents and variables

  /** POST /v2/decision-definitions/evaluation: the latest version by id (in the tenant), or one version by key. */
  evaluateDecision(cmd: EvaluateDecision): Promise<EvaluatedDecisionResult> {
    const tenantId = cmd.tenantId ?? DEFAULT_TENANT;
    if (cmd.variables !== undefined) assertVariables(cmd.variables);
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
    return this.submit((it) => resolveIncident(it, key));
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
      const timers = rescheduleDateTimers(it, key).map((t) => ({ ...t, timerKey: String(t.timerKey) }));
      return { timers, userTasks: rescheduleUserTaskDueDates(it, key) };
    });
  }

  // ------------------------------------------------------------------ clock and scheduler

  /** Pins the clock; like Zeebe's clock records, the pin survives a restart. */
  async pinClock(epochMs: number): Promise<void> {
    if (!Number.isFinite(epochMs) || epochMs < 0) throw invalidArgument('timestamp must be a non-negative epoch millisecond value');
    await this.submit((it) => {
      this.stores.meta.pinClock(epochMs);
      this.clock.pin(epochMs);
      it.history('CLOCK', 'PINNED', null, null, null, null, { epochMs });
    });
    await this.fireDue();
  }

  async resetClock(): Promise<void> {
    await this.submit((it) => {
      this.stores.meta.unpinClock();
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
        const timers = this.stores.timers.due(now, DUE_BATCH);
        for (const t of timers) {
          // Each timer in its own savepoint: one broken owner must not block the others.
          try {
            this.inTransaction(() => {
              const inner = new Interpreter(this.contextFor(effects));
              fireTimer(inner, t);
              inner.drain();
            });
          } catch (err) {
            // Never drop a timer: keep it and try again later, leaving a trace in the history.
            this.stores.timers.postpone(t.key, now + TIMER_RETRY_MS);
            it.history('TIMER', 'FIRE_FAILED', t.key, t.process_instance_key, t.element_id, null, { error: (err as Error).name });
          }
        }
        const timedOut = this.stores.jobs.timedOut(now, DUE_BATCH);
        for (const j of timedOut) returnToPool(it, j);
        this.stores.messages.deleteExpired(now);
        // Jobs whose back-off ended become activatable for waiting workers.
        for (const type of this.longPolling.waitingTypes()) if (this.stores.jobs.hasActivatable(type, now)) effects.jobTypes.add(type);
        // Fired timers may have scheduled follow-ups (cycles) that are already due: go again.
        return timers.length > 0 || timedOut.length === DUE_BATCH;
      });
      if (!more) return;
    }
  }

  private nextDue(): number {
    const { timers, jobs, messages } = this.stores;
    const next = Math.min(timers.nextDue() ?? Infinity, jobs.nextDeadline() ?? Infinity, messages.nextExpiry() ?? Infinity);
    return this.longPolling.anyWaiting ? Math.min(next, jobs.nextActivatableAfter(this.now()) ?? Infinity) : next;
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
    this.longPolling.releaseAll();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Let queued commands commit before closing.
    while (this.queue.length || this.flushScheduled || this.flushAfterSync || this.inFlight) await new Promise((r) => setImmediate(r));
    this.closed = true;
    this.walSync.close();
    await this.checkpointer?.close();
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.longPolling.releaseAll();
    this.db.close();
  }
}
