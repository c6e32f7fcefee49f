import { EngineClock } from '../clock';
import { invalidArgument, invalidState, notFound } from '../errors';
import { evaluateExpr, evaluateTyped, FeelError } from '../feel/feel';
import { FlowNode, ProcessModel, SequenceFlow } from '../model/types';
import { KeyGenerator } from '../store/database';
import { ElementInstanceStore } from '../store/element-instances';
import { HistoryBuffer } from '../store/history';
import { IncidentStore } from '../store/incidents';
import { JobStore } from '../store/jobs';
import { Statements } from '../store/statements';
import { SubscriptionOwner, SubscriptionStore } from '../store/subscriptions';
import { TimerStore } from '../store/timers';
import { signalNameOf } from './signal-name';
import { DecisionRegistry } from './decisions';
import { DefinitionInfo, ModelRegistry } from './models';
import { ElementInstanceRow, JobRow, RuntimeData, SignalSubscriptionRow, SubscriptionRow, TimerRow } from './rows';
import { nextCycleDue, scheduleTimer } from './timer-spec';
import { VariableStore, Vars } from './variables';
import { compensationHandlerCompleted, dropCompensationSubscriptions, subscribeCompensation } from './elements/compensation';
import { processorFor } from './elements/registry';

/** What a command leaves for after its commit: wake job pollers, answer awaiting callers. */
export class Effects {
  readonly jobTypes = new Set<string>();
  readonly completedInstances = new Set<number>();
  readonly terminatedInstances = new Set<number>();
}

/** The message that starts an instance at a message start event. */
export interface StartMessage {
  key: number;
  correlationKey: string;
  /** Waited in the buffer until an instance with the same key ended. */
  buffered?: boolean;
}

export interface EngineContext {
  st: Statements;
  keys: KeyGenerator;
  clock: EngineClock;
  models: ModelRegistry;
  decisions: DecisionRegistry;
  effects: Effects;
}

/** Raised inside a step to turn it into an incident on the element. */
export class IncidentSignal extends Error {
  constructor(readonly errorType: string, message: string) {
    super(message);
  }
}

/**
 * The message name of a message start event. As in Zeebe, a FEEL name is evaluated without variables
 * (none exist before the instance); the deployment refuses one that does not give a string, so
 * undefined here only means "not a message start event".
 */
export function messageStartName(node: FlowNode): string | undefined {
  const expr = node.event?.messageName;
  if (!expr) return undefined;
  if (!expr.feel) return expr.value;
  try {
    return String(evaluateTyped(expr, {}, 'string'));
  } catch {
    return undefined;
  }
}

const WAITING_TYPES = new Set(['SERVICE_TASK', 'SEND_TASK', 'BUSINESS_RULE_TASK', 'USER_TASK', 'RECEIVE_TASK', 'CALL_ACTIVITY']);

/**
 * Zeebe's BPMN semantics over the SQLite state. One instance per command: it caches element
 * instance rows for the duration of the command only, so a rolled-back command leaves no trace.
 */
export class Interpreter {
  private readonly eis = new Map<number, ElementInstanceRow>();
  private readonly deferred: Array<() => void> = [];
  readonly vars: VariableStore;

  private readonly timers: TimerStore;
  private readonly jobs: JobStore;
  private readonly subscriptions: SubscriptionStore;
  private readonly incidents: IncidentStore;
  readonly elements: ElementInstanceStore;
  private readonly historyRows: HistoryBuffer;

  constructor(private readonly ctx: EngineContext) {
    this.timers = new TimerStore(ctx.st);
    this.jobs = new JobStore(ctx.st);
    this.subscriptions = new SubscriptionStore(ctx.st);
    this.incidents = new IncidentStore(ctx.st);
    this.elements = new ElementInstanceStore(ctx.st);
    this.historyRows = new HistoryBuffer(ctx.st);
    this.vars = new VariableStore(ctx.st, (key) => this.ei(key)).useKeys(() => ctx.keys.take());
  }

  now(): number {
    return this.ctx.clock.now();
  }

  get st(): Statements {
    return this.ctx.st;
  }

  // ---------------------------------------------------------------- for element processors (runtime/elements)

  get models(): ModelRegistry {
    return this.ctx.models;
  }

  get decisions(): DecisionRegistry {
    return this.ctx.decisions;
  }

  takeKey(): number {
    return this.ctx.keys.take();
  }

  model(ei: ElementInstanceRow): ProcessModel {
    return this.def(ei).model;
  }

  /** The element's runtime data (a copy: change it with patchRuntime). */
  runtime(ei: ElementInstanceRow): RuntimeData {
    return this.rt(ei);
  }

  patchRuntime(ei: ElementInstanceRow, patch: Partial<RuntimeData>): void {
    this.setRt(ei, { ...this.rt(ei), ...patch });
  }

  /** An inner instance of a multi-instance activity (its body carries the boundary events). */
  isInnerInstance(ei: ElementInstanceRow): boolean {
    return this.rt(ei).loopCounter !== undefined;
  }

  /** For a process instance's root: the call activity that called it, if any. */
  callingActivity(root: ElementInstanceRow): ElementInstanceRow | undefined {
    const pi = this.st.one<{ parent_element_instance_key: number | null }>(`SELECT parent_element_instance_key FROM process_instances WHERE key = ?`, root.process_instance_key)!;
    return pi.parent_element_instance_key !== null ? this.ei(pi.parent_element_instance_key) : undefined;
  }

  // ---------------------------------------------------------------- rows and history

  ei(key: number): ElementInstanceRow {
    let row = this.eis.get(key);
    if (!row) {
      row = this.elements.get(key);
      if (!row) throw notFound(`Element instance with key '${key}' not found`);
      this.eis.set(key, row);
    }
    return row;
  }

  rt(ei: ElementInstanceRow): RuntimeData {
    return ei.runtime ? (JSON.parse(ei.runtime) as RuntimeData) : {};
  }

  setRt(ei: ElementInstanceRow, data: RuntimeData): void {
    ei.runtime = JSON.stringify(data);
    this.updateEi(ei, 'runtime');
  }

  def(ei: ElementInstanceRow): DefinitionInfo {
    return this.ctx.models.get(ei.process_definition_key);
  }

  private node(ei: ElementInstanceRow): FlowNode {
    const n = this.def(ei).model.nodes.get(ei.element_id);
    if (!n) throw new Error(`element ${ei.element_id} missing in model`);
    return n;
  }

  /** Appends a history row; the command's rows are written together when its work is done (store/history.ts). */
  history(kind: string, intent: string, key: number | null, piKey: number | null, elementId: string | null, actor?: string | null, data?: unknown): void {
    this.historyRows.add(this.now(), kind, intent, key, piKey, elementId, actor ?? null, data === undefined ? null : JSON.stringify(data));
  }

  private insertEi(node: FlowNode, type: string, flowScope: ElementInstanceRow | null, pi: { key: number; defKey: number; bpmnId: string; tenant: string }, key?: number, runtime?: RuntimeData): ElementInstanceRow {
    const row: ElementInstanceRow = {
      key: key ?? this.ctx.keys.take(),
      process_instance_key: pi.key,
      process_definition_key: pi.defKey,
      bpmn_process_id: pi.bpmnId,
      element_id: node.id,
      element_name: node.name ?? null,
      type,
      state: 'ACTIVE',
      flow_scope_key: flowScope?.key ?? null,
      start_date: this.now(),
      end_date: null,
      incident_key: null,
      tenant_id: pi.tenant,
      runtime: runtime ? JSON.stringify(runtime) : null,
    };
    this.eis.set(row.key, row);
    this.unsaved.add(row.key);
    this.history('ELEMENT', 'ELEMENT_ACTIVATED', row.key, row.process_instance_key, row.element_id, null, { type });
    return row;
  }

  /**
   * Element instances created by this command are written once, in their final state, when the
   * command's work is done: an element that starts and completes in one command costs one insert.
   */
  private readonly unsaved = new Set<number>();

  /** Writes a changed part of an instance that exists in the table already (new ones are inserted at the end). */
  private updateEi(ei: ElementInstanceRow, part: 'runtime' | 'state' | 'incident'): void {
    if (this.unsaved.has(ei.key)) return;
    if (part === 'runtime') this.elements.writeRuntime(ei);
    else if (part === 'state') this.elements.writeState(ei);
    else this.elements.writeIncident(ei);
  }

  flushElementInstances(): void {
    for (const key of this.unsaved) {
      this.elements.insert(this.eis.get(key)!);
    }
    this.unsaved.clear();
  }

  private endEi(ei: ElementInstanceRow, state: 'COMPLETED' | 'TERMINATED'): void {
    ei.state = state;
    ei.end_date = this.now();
    this.updateEi(ei, 'state');
    this.history('ELEMENT', state === 'COMPLETED' ? 'ELEMENT_COMPLETED' : 'ELEMENT_TERMINATED', ei.key, ei.process_instance_key, ei.element_id);
  }

  private piOf(ei: ElementInstanceRow) {
    return { key: ei.process_instance_key, defKey: ei.process_definition_key, bpmnId: ei.bpmn_process_id, tenant: ei.tenant_id };
  }

  activeChildren(scopeKey: number): ElementInstanceRow[] {
    const rows = this.elements.activeChildren(scopeKey);
    const children = rows.map((r) => {
      const cached = this.eis.get(r.key);
      if (cached) return cached;
      this.eis.set(r.key, r);
      return r;
    });
    for (const key of this.unsaved) {
      const r = this.eis.get(key)!;
      if (r.flow_scope_key === scopeKey) children.push(r);
    }
    return children.filter((c) => c.state === 'ACTIVE').sort((a, b) => a.key - b.key);
  }

  // ---------------------------------------------------------------- deferred work

  /** Runs work queued during the command (e.g. buffered messages meeting a new subscription). */
  drain(): void {
    while (this.deferred.length) this.deferred.shift()!();
    this.flushElementInstances();
    this.historyRows.flush();
  }

  // ---------------------------------------------------------------- process instances

  createProcessInstance(
    info: DefinitionInfo,
    variables: Vars,
    opts: { startNodeId?: string; parent?: { piKey: number; eiKey: number; rootKey: number }; triggerVariables?: Vars; message?: StartMessage } = {},
  ): number {
    const model = info.model;
    const key = this.ctx.keys.take();
    const startId = opts.startNodeId ?? model.root.startEventId;
    if (!startId) throw invalidArgument(`Process '${model.id}' has no none start event; it starts by message, signal or timer only`);
    this.st.run(
      `INSERT INTO process_instances (key, process_definition_key, bpmn_process_id, version, version_tag, state, start_date, parent_process_instance_key, parent_element_instance_key, root_process_instance_key, tenant_id)
       VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)`,
      key, info.key, info.bpmnProcessId, info.version, model.versionTag ?? null, this.now(), opts.parent?.piKey ?? null, opts.parent?.eiKey ?? null, opts.parent?.rootKey ?? key, info.tenantId,
    );
    this.history('PROCESS_INSTANCE', 'CREATED', key, key, model.id);
    // Recorded before the start event runs: an instance that ends in this very step must find its key.
    if (opts.message) this.recordMessageStart(info, key, startId, opts.message);
    const pi = { key, defKey: info.key, bpmnId: info.bpmnProcessId, tenant: info.tenantId };
    const root = this.insertEi(model.root, 'PROCESS', null, pi, key);
    for (const [name, value] of Object.entries(variables)) this.vars.setLocal(root, name, value);
    try {
      this.openEventSubProcesses(root, model.root);
    } catch (err) {
      // A FEEL message or signal name of an event sub-process failed: as in Zeebe, the instance exists
      // and waits with an incident on the process itself; resolving it subscribes again and starts.
      if (!(err instanceof IncidentSignal || err instanceof FeelError)) throw err;
      this.closeOwned(root);
      this.setRt(root, { ...this.rt(root), retry: 'activate', startId, ...(opts.triggerVariables ? { eventVariables: opts.triggerVariables } : {}) });
      this.raiseIncident(root, err instanceof IncidentSignal ? err.errorType : 'IO_MAPPING_ERROR', err.message);
      return key;
    }
    const start = model.nodes.get(startId)!;
    this.activate(start, root, { eventVariables: opts.triggerVariables });
    return key;
  }

  cancelProcessInstance(piKey: number): void {
    const pi = this.st.one<{ state: string; parent_process_instance_key: number | null }>(`SELECT state, parent_process_instance_key FROM process_instances WHERE key = ?`, piKey);
    if (!pi) throw notFound(`Process instance with key '${piKey}' not found`);
    if (pi.state !== 'ACTIVE') throw notFound(`Process instance with key '${piKey}' is not active`);
    if (pi.parent_process_instance_key !== null) throw invalidState(`Process instance '${piKey}' is a child process instance; cancel its root process instance instead`);
    this.terminate(this.ei(piKey));
  }

  // ---------------------------------------------------------------- activation

  /** Activates a node in a flow scope (creating a multi-instance body first when the node has one). */
  activate(node: FlowNode, flowScope: ElementInstanceRow, opts: { eventVariables?: Vars; triggered?: boolean; errorPayload?: boolean; locals?: Vars; runtime?: RuntimeData } = {}): void {
    if (flowScope.state !== 'ACTIVE') return;
    if (node.multiInstance) {
      const body = this.insertEi(node, 'MULTI_INSTANCE_BODY', flowScope, this.piOf(flowScope));
      this.step(body, 'activate', () => this.activateBody(body, node));
      return;
    }
    const runtime = opts.eventVariables ? { eventVariables: opts.eventVariables, ...(opts.errorPayload ? { errorPayload: true } : {}), ...opts.runtime } : opts.runtime;
    const ei = this.insertEi(node, node.type, flowScope, this.piOf(flowScope), undefined, runtime);
    for (const [name, value] of Object.entries(opts.locals ?? {})) this.vars.setLocal(ei, name, value);
    if (opts.triggered) {
      // An event-based gateway already caught this event: it completes with the event's variables.
      this.complete(ei, opts.eventVariables ?? {});
      return;
    }
    this.step(ei, 'activate', () => this.activateBehavior(ei, node));
  }

  /** Runs a step; a FEEL or mapping failure becomes an incident that resumes the step when resolved. */
  step(ei: ElementInstanceRow, phase: 'activate' | 'complete', fn: () => void, pendingVariables?: Vars): void {
    try {
      fn();
    } catch (err) {
      if (err instanceof IncidentSignal || err instanceof FeelError) {
        const type = err instanceof IncidentSignal ? err.errorType : 'IO_MAPPING_ERROR';
        // An activation is all or nothing, as in Zeebe: timers and subscriptions opened before the failure
        // go, so resolving the incident opens each of them once.
        if (phase === 'activate') this.closeOwned(ei);
        const rt = this.rt(ei);
        rt.retry = phase;
        if (pendingVariables) rt.pendingVariables = pendingVariables;
        this.setRt(ei, rt);
        this.raiseIncident(ei, type, err.message);
        return;
      }
      throw err;
    }
  }

  private activateBody(body: ElementInstanceRow, node: FlowNode): void {
    const mi = node.multiInstance!;
    const context = this.vars.context(body.key);
    let items: unknown[];
    try {
      items = evaluateTyped(mi.inputCollection, context, 'array') as unknown[];
    } catch (err) {
      throw new IncidentSignal('EXTRACT_VALUE_ERROR', (err as Error).message);
    }
    this.openBoundaryEvents(body, node);
    if (mi.outputCollection) this.vars.setLocal(body, mi.outputCollection, items.map(() => null));
    this.setRt(body, { mi: { items, next: 0, completed: 0 } });
    if (items.length === 0) {
      this.completeBody(body, node);
      return;
    }
    if (mi.sequential) this.activateInner(body, node, 0);
    else for (let i = 0; i < items.length; i++) this.activateInner(body, node, i);
  }

  private activateInner(body: ElementInstanceRow, node: FlowNode, index: number): void {
    const rt = this.rt(body);
    rt.mi!.next = index + 1;
    this.setRt(body, rt);
    const inner = this.insertEi(node, node.type, body, this.piOf(body), undefined, { loopCounter: index + 1 });
    const mi = node.multiInstance!;
    if (mi.inputElement) this.vars.setLocal(inner, mi.inputElement, rt.mi!.items[index] ?? null);
    this.vars.setLocal(inner, 'loopCounter', index + 1);
    // As in Zeebe: a variable named as the output element is local to each inner instance, so results
    // of one iteration neither leak to the process nor overwrite each other.
    if (mi.outputElement?.feel && /^[A-Za-z_$][\w$]*$/.test(mi.outputElement.source)) this.vars.setLocal(inner, mi.outputElement.source, null);
    this.step(inner, 'activate', () => this.activateBehavior(inner, node));
  }

  private activateBehavior(ei: ElementInstanceRow, node: FlowNode): void {
    this.applyInputs(ei, node);
    const isInner = this.rt(ei).loopCounter !== undefined;
    if (!isInner && (WAITING_TYPES.has(node.type) || node.type === 'SUB_PROCESS' || node.type === 'SCRIPT_TASK' || node.job)) {
      this.openBoundaryEvents(ei, node);
    }
    processorFor(node.type).activate(this, ei, node);
  }

  private applyInputs(ei: ElementInstanceRow, node: FlowNode): void {
    if (node.inputs.length === 0) return;
    // Inputs see the flow scope plus what earlier inputs produced (Zeebe evaluates them in order).
    const context = this.vars.context(ei.key);
    const results: Vars = {};
    for (const m of node.inputs) {
      const value = evaluateExpr(m.source, context).value;
      setPath(results, m.target, value);
      setPath(context, m.target, value);
    }
    for (const [k, v] of Object.entries(results)) this.vars.setLocal(ei, k, v);
  }



  // ---------------------------------------------------------------- jobs and user tasks

  createJob(ei: ElementInstanceRow, node: FlowNode): void {
    const job = node.job!;
    // Most job types and retries are static: read variables only when FEEL needs them.
    const context = job.type.feel || job.retries.feel ? this.vars.context(ei.key) : {};
    const type = evaluateTyped(job.type, context, 'string') as string;
    const retriesRaw = job.retries.feel ? evaluateTyped(job.retries, context, 'number') : Number(job.retries.value);
    const retries = Number.isFinite(retriesRaw) ? Number(retriesRaw) : 3;
    const key = this.ctx.keys.take();
    const info = this.def(ei);
    this.st.run(
      `INSERT INTO jobs (key, type, state, element_instance_key, process_instance_key, process_definition_key, bpmn_process_id, version, element_id, retries, activatable_at, custom_headers, tenant_id, created_at)
       VALUES (?, ?, 'CREATED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      key, type, ei.key, ei.process_instance_key, ei.process_definition_key, ei.bpmn_process_id, info.version, ei.element_id, retries, this.now(), JSON.stringify(job.headers), ei.tenant_id, this.now(),
    );
    this.history('JOB', 'CREATED', key, ei.process_instance_key, ei.element_id, null, { type });
    this.ctx.effects.jobTypes.add(type);
  }


  completeJob(job: JobRow, variables: Vars): void {
    this.st.run(`UPDATE jobs SET state = 'COMPLETED', ended_at = ? WHERE key = ?`, this.now(), job.key);
    this.history('JOB', 'COMPLETED', job.key, job.process_instance_key, job.element_id, job.worker);
    const ei = this.ei(job.element_instance_key);
    this.step(ei, 'complete', () => this.complete(ei, variables), variables);
  }

  completeUserTask(taskKey: number, variables: Vars, actor: string | null, action: string | null): void {
    const task = this.st.one<{ element_instance_key: number; process_instance_key: number; element_id: string }>(`SELECT * FROM user_tasks WHERE key = ?`, taskKey)!;
    this.st.run(`UPDATE user_tasks SET state = 'COMPLETED', completion_date = ? WHERE key = ?`, this.now(), taskKey);
    this.history('USER_TASK', 'COMPLETED', taskKey, task.process_instance_key, task.element_id, actor, { action, variables: Object.keys(variables) });
    const ei = this.ei(task.element_instance_key);
    this.step(ei, 'complete', () => this.complete(ei, variables), variables);
  }

  // ---------------------------------------------------------------- completion

  /**
   * Completes an element: result variables go through output mappings (or propagate as they are),
   * then the token moves on.
   */
  complete(ei: ElementInstanceRow, result: Vars, opts: { noContinue?: boolean } = {}): void {
    if (ei.state !== 'ACTIVE') return;
    const node = this.node(ei);
    if (ei.type === 'MULTI_INSTANCE_BODY') return this.completeBody(ei, node);
    const rt = this.rt(ei);
    const isInner = rt.loopCounter !== undefined;
    this.applyOutputs(ei, node, result);
    if (isInner) {
      const body = this.ei(ei.flow_scope_key!);
      const mi = node.multiInstance!;
      if (mi.outputCollection && mi.outputElement) {
        const value = evaluateExpr(mi.outputElement, this.vars.context(ei.key)).value;
        const list = (this.vars.getLocal(body.key, mi.outputCollection) as unknown[] | undefined) ?? [];
        list[rt.loopCounter! - 1] = value;
        this.vars.setLocal(body, mi.outputCollection, list);
      }
    }
    this.closeOwned(ei);
    this.endEi(ei, 'COMPLETED');
    if (node.compensationHandler) subscribeCompensation(this, ei, node);
    if (rt.compensationThrow !== undefined) compensationHandlerCompleted(this, rt.compensationThrow);
    if (opts.noContinue) return;
    if (isInner) return this.innerCompleted(ei, node);
    if (ei.type === 'PROCESS') return this.processCompleted(ei);
    this.leave(ei, node);
  }

  private applyOutputs(ei: ElementInstanceRow, node: FlowNode, result: Vars): void {
    const flowScopeKey = ei.flow_scope_key;
    // Error payloads reach the process only through the catch event's output mappings, as in Zeebe.
    if (this.rt(ei).errorPayload && node.outputs.length === 0) return;
    // Output mappings see the child's variables; without them only propagateAllChildVariables passes them on.
    if (node.type === 'CALL_ACTIVITY' && node.outputs.length === 0 && !node.calledElement!.propagateAllChildVariables) return;
    if (node.outputs.length === 0 || ei.type === 'PROCESS') {
      if (flowScopeKey === null) {
        for (const [k, v] of Object.entries(result)) this.vars.setLocal(ei, k, v);
      } else if (Object.keys(result).length) {
        // Zeebe merges job, message and task results from the element's own scope (a name it holds
        // locally from an input mapping stays there); a called process's variables go to the flow scope.
        this.vars.propagate(node.type === 'CALL_ACTIVITY' ? flowScopeKey : ei.key, result);
      }
      return;
    }
    for (const [k, v] of Object.entries(result)) this.vars.setLocal(ei, k, v);
    const context = this.vars.context(ei.key);
    const out: Vars = {};
    for (const m of node.outputs) {
      const value = evaluateExpr(m.source, context).value;
      setPath(out, m.target, value, (name) => this.vars.lookup(flowScopeKey!, name));
    }
    this.vars.propagate(flowScopeKey!, out);
  }

  private innerCompleted(inner: ElementInstanceRow, node: FlowNode): void {
    const body = this.ei(inner.flow_scope_key!);
    if (body.state !== 'ACTIVE') return;
    const rt = this.rt(body);
    const mi = rt.mi!;
    mi.completed++;
    this.setRt(body, rt);
    const def = node.multiInstance!;
    if (def.completionCondition) {
      const active = this.activeChildren(body.key).length;
      const context = { ...this.vars.context(inner.key), numberOfInstances: mi.items.length, numberOfCompletedInstances: mi.completed, numberOfActiveInstances: active, numberOfTerminatedInstances: 0 };
      let done: boolean;
      try {
        done = evaluateTyped(def.completionCondition, context, 'boolean') as boolean;
      } catch (err) {
        this.raiseIncident(body, 'CONDITION_ERROR', (err as Error).message);
        return;
      }
      if (done) {
        for (const child of this.activeChildren(body.key)) this.terminate(child, true);
        return this.completeBody(body, node);
      }
    }
    if (def.sequential && mi.next < mi.items.length) return this.activateInner(body, node, mi.next);
    if (this.activeChildren(body.key).length === 0 && mi.completed >= mi.items.length) this.completeBody(body, node);
  }

  private completeBody(body: ElementInstanceRow, node: FlowNode): void {
    if (body.state !== 'ACTIVE') return;
    const mi = node.multiInstance!;
    if (mi.outputCollection) {
      const value = this.vars.getLocal(body.key, mi.outputCollection) ?? [];
      this.vars.propagate(body.flow_scope_key!, { [mi.outputCollection]: value });
    }
    this.closeOwned(body);
    this.endEi(body, 'COMPLETED');
    this.leave(body, node);
  }

  /** Takes the outgoing flows of a completed element, or ends the token and checks its scope. */
  private leave(ei: ElementInstanceRow, node: FlowNode): void {
    const scope = this.ei(ei.flow_scope_key!);
    const model = this.def(ei).model;
    let flows: SequenceFlow[];
    if (node.type === 'EXCLUSIVE_GATEWAY' || node.type === 'INCLUSIVE_GATEWAY') {
      const chosen = this.chooseFlows(ei, node, model);
      if (!chosen) return; // incident raised; the gateway waits
      flows = chosen;
      // The gateway instance itself completed already; re-open is not needed: incident resolution re-runs completion.
    } else if (node.linkTarget) {
      // As in Zeebe, a link throw takes no sequence flow: its catch is activated in the same scope.
      return this.activate(model.nodes.get(node.linkTarget)!, scope);
    } else {
      flows = node.outgoing.map((id) => model.flows.get(id)!);
    }
    if (node.type === 'EVENT_SUB_PROCESS' && flows.length === 0) {
      return this.checkScope(scope);
    }
    if (flows.length === 0) return this.checkScope(scope);
    for (const f of flows) this.takeFlow(f, scope, model);
  }

  private chooseFlows(ei: ElementInstanceRow, node: FlowNode, model: ProcessModel): SequenceFlow[] | undefined {
    const outgoing = node.outgoing.map((id) => model.flows.get(id)!);
    if (outgoing.length <= 1 && !outgoing[0]?.condition) return outgoing;
    const context = this.vars.context(ei.flow_scope_key!);
    const taken: SequenceFlow[] = [];
    try {
      for (const f of outgoing) {
        if (f.id === node.defaultFlow || !f.condition) continue;
        if (evaluateTyped(f.condition, context, 'boolean') === true) {
          taken.push(f);
          if (node.type === 'EXCLUSIVE_GATEWAY') break;
        }
      }
    } catch (err) {
      this.reopenForIncident(ei, 'CONDITION_ERROR', (err as Error).message);
      return undefined;
    }
    if (taken.length === 0 && node.defaultFlow) taken.push(model.flows.get(node.defaultFlow)!);
    if (taken.length === 0) {
      this.reopenForIncident(ei, 'CONDITION_ERROR', `Expected at least one condition to evaluate to true, or to have a default flow`);
      return undefined;
    }
    return taken;
  }

  /** A gateway whose conditions failed stays active with an incident, as in Zeebe. */
  private reopenForIncident(ei: ElementInstanceRow, type: string, message: string): void {
    ei.state = 'ACTIVE';
    ei.end_date = null;
    this.updateEi(ei, 'state');
    const rt = this.rt(ei);
    rt.retry = 'complete';
    this.setRt(ei, rt);
    this.raiseIncident(ei, type, message);
  }

  private takeFlow(flow: SequenceFlow, scope: ElementInstanceRow, model: ProcessModel): void {
    if (scope.state !== 'ACTIVE') return;
    this.history('ELEMENT', 'SEQUENCE_FLOW_TAKEN', null, scope.process_instance_key, flow.id);
    const target = model.nodes.get(flow.targetId)!;
    const joining = (target.type === 'PARALLEL_GATEWAY' || target.type === 'INCLUSIVE_GATEWAY') && target.incoming.length > 1;
    if (!joining) return this.activate(target, scope);
    const rt = this.rt(scope);
    rt.joins = rt.joins ?? {};
    const tokens = (rt.joins[target.id] = rt.joins[target.id] ?? {});
    tokens[flow.id] = (tokens[flow.id] ?? 0) + 1;
    this.setRt(scope, rt);
    this.tryJoin(scope, target);
  }

  private tryJoin(scope: ElementInstanceRow, gw: FlowNode): void {
    const rt = this.rt(scope);
    const tokens = rt.joins?.[gw.id];
    if (!tokens) return;
    let ready: boolean;
    if (gw.type === 'PARALLEL_GATEWAY') {
      ready = gw.incoming.every((f) => (tokens[f] ?? 0) > 0);
    } else {
      // Inclusive join: fires when no active element of the scope can still reach it.
      const reach = gw.reachableFrom ?? new Set<string>();
      const blocking = this.activeChildren(scope.key).some((c) => reach.has(c.element_id));
      const pendingElsewhere = Object.entries(rt.joins ?? {}).some(([gid, t]) => gid !== gw.id && reach.has(gid) && Object.values(t).some((n) => n > 0));
      ready = !blocking && !pendingElsewhere && Object.values(tokens).some((n) => n > 0);
    }
    if (!ready) return;
    if (gw.type === 'PARALLEL_GATEWAY') for (const f of gw.incoming) tokens[f] -= 1;
    else for (const f of Object.keys(tokens)) tokens[f] = 0;
    for (const f of Object.keys(tokens)) if (tokens[f] <= 0) delete tokens[f];
    if (Object.keys(tokens).length === 0) delete rt.joins![gw.id];
    this.setRt(scope, rt);
    this.activate(gw, scope);
  }

  clearJoins(scope: ElementInstanceRow): void {
    const rt = this.rt(scope);
    if (rt.joins) {
      delete rt.joins;
      this.setRt(scope, rt);
    }
  }

  /** Completes a scope when nothing is left running in it. */
  checkScope(scope: ElementInstanceRow): void {
    if (scope.state !== 'ACTIVE') return;
    const rt = this.rt(scope);
    const children = this.activeChildren(scope.key);
    // Inclusive joins may become ready when a branch ends elsewhere.
    if (rt.joins) {
      const model = this.def(scope).model;
      for (const gid of Object.keys(rt.joins)) {
        const gw = model.nodes.get(gid)!;
        if (gw.type === 'INCLUSIVE_GATEWAY') this.tryJoin(scope, gw);
      }
      if (this.activeChildren(scope.key).length > 0) return;
    }
    if (children.length > 0) return;
    const pending = this.rt(scope).joins;
    if (pending && Object.keys(pending).length > 0) return; // a token waits at a join: Zeebe keeps the scope active
    if (scope.type === 'MULTI_INSTANCE_BODY') return;
    this.complete(scope, {});
  }

  private processCompleted(root: ElementInstanceRow): void {
    const piKey = root.process_instance_key;
    this.st.run(`UPDATE process_instances SET state = 'COMPLETED', end_date = ? WHERE key = ?`, this.now(), piKey);
    this.history('PROCESS_INSTANCE', 'COMPLETED', piKey, piKey, root.element_id);
    this.ctx.effects.completedInstances.add(piKey);
    this.releaseMessageStartKey(root);
    if (this.def(root).model.hasCompensation) dropCompensationSubscriptions(this, piKey);
    const pi = this.st.one<{ parent_element_instance_key: number | null }>(`SELECT parent_element_instance_key FROM process_instances WHERE key = ?`, piKey)!;
    if (pi.parent_element_instance_key !== null) {
      const variables = this.vars.localVariables(root.key);
      const caller = this.ei(pi.parent_element_instance_key);
      if (caller.state !== 'ACTIVE') return;
      this.step(caller, 'complete', () => this.complete(caller, variables), variables);
    }
  }

  // ---------------------------------------------------------------- call activities


  // ---------------------------------------------------------------- timers and messages

  openTimer(owner: ElementInstanceRow, eventNode: FlowNode, ownerKey: number, kind = 'INTERMEDIATE'): void {
    const t = eventNode.event!.timer!;
    const value = evaluateExpr(t.expr, this.vars.context(owner.key)).value;
    let schedule;
    try {
      schedule = scheduleTimer(t.kind, value, this.now());
    } catch (err) {
      throw new IncidentSignal('EXTRACT_VALUE_ERROR', `${(err as Error).message} (element '${eventNode.id}')`);
    }
    const key = this.ctx.keys.take();
    this.markOwner(owner);
    this.timers.insert({
      key, dueAt: schedule.dueAt, kind, elementId: eventNode.id, elementInstanceKey: ownerKey, processInstanceKey: owner.process_instance_key,
      processDefinitionKey: owner.process_definition_key, repetitions: schedule.remaining, spec: schedule.interval ?? null, tenantId: owner.tenant_id,
    });
    this.history('TIMER', 'CREATED', key, owner.process_instance_key, eventNode.id, null, { dueAt: schedule.dueAt });
  }

  openSubscription(owner: ElementInstanceRow, eventNode: FlowNode, contextEi: ElementInstanceRow, interrupting = true): void {
    const ev = eventNode.event!;
    const context = this.vars.context(contextEi.key);
    let name: string;
    let correlationKey: string;
    try {
      name = String(evaluateTyped(ev.messageName!, context, 'string'));
      const ck = ev.correlationKey ? evaluateTyped(ev.correlationKey, context, 'stringOrNumber') : '';
      correlationKey = String(ck);
    } catch (err) {
      throw new IncidentSignal('EXTRACT_VALUE_ERROR', (err as Error).message);
    }
    const key = this.ctx.keys.take();
    this.markOwner(owner);
    this.subscriptions.insertMessage(key, name, correlationKey, eventNode.id, ownerOf(owner), interrupting, this.now());
    this.history('MESSAGE', 'SUBSCRIPTION_CREATED', key, owner.process_instance_key, eventNode.id, null, { name });
    // A buffered message meets the new subscription once the current step is done.
    this.deferred.push(() => this.correlateBuffered(key));
  }

  private correlateBuffered(subscriptionKey: number): void {
    const sub = this.st.one<SubscriptionRow>(`SELECT * FROM message_subscriptions WHERE key = ?`, subscriptionKey);
    if (!sub) return;
    const msg = this.st.one<{ key: number; variables: string }>(
      `SELECT key, variables FROM messages WHERE name = ? AND correlation_key = ? AND tenant_id = ? AND expires_at > ?
         AND NOT EXISTS (SELECT 1 FROM message_correlations mc WHERE mc.message_key = messages.key AND mc.bpmn_process_id = ?)
       ORDER BY key LIMIT 1`,
      sub.message_name, sub.correlation_key, sub.tenant_id, this.now(), sub.bpmn_process_id,
    );
    if (!msg) return;
    this.st.run(`INSERT INTO message_correlations (message_key, bpmn_process_id, process_instance_key) VALUES (?, ?, ?)`, msg.key, sub.bpmn_process_id, sub.process_instance_key);
    this.triggerSubscription(sub, JSON.parse(msg.variables), msg.key);
  }

  // ---------------------------------------------------------------- message start events

  /** The message start event of a definition that a message of this name triggers. */
  messageStartNode(info: DefinitionInfo, name: string): FlowNode | undefined {
    for (const id of info.model.messageStartEvents) {
      const n = info.model.nodes.get(id)!;
      if (messageStartName(n) === name) return n;
    }
    return undefined;
  }

  /**
   * Zeebe starts one instance per process (any version) and correlation key at a time: while an
   * instance started by a message with this key is active, no other message with that key starts one.
   */
  messageStartLocked(bpmnProcessId: string, tenantId: string, correlationKey: string): boolean {
    return !!this.st.one(
      `SELECT 1 AS x FROM message_start_keys k JOIN process_instances p ON p.key = k.process_instance_key
       WHERE k.bpmn_process_id = ? AND k.tenant_id = ? AND k.correlation_key = ? AND p.state = 'ACTIVE' LIMIT 1`,
      bpmnProcessId, tenantId, correlationKey,
    );
  }

  /** The message counts as correlated to the process (once per process id), and a non-empty key locks it. */
  private recordMessageStart(info: DefinitionInfo, piKey: number, startId: string, msg: StartMessage): void {
    this.st.run(`INSERT OR IGNORE INTO message_correlations (message_key, bpmn_process_id, process_instance_key) VALUES (?, ?, ?)`, msg.key, info.bpmnProcessId, piKey);
    if (msg.correlationKey !== '') {
      this.st.run(`INSERT INTO message_start_keys (process_instance_key, bpmn_process_id, tenant_id, correlation_key) VALUES (?, ?, ?, ?)`, piKey, info.bpmnProcessId, info.tenantId, msg.correlationKey);
    }
    this.history('MESSAGE', 'CORRELATED', msg.key, piKey, startId, null, { startEvent: true, ...(msg.buffered ? { buffered: true } : {}) });
  }

  /**
   * A message-started instance ended: its key is free again, and the oldest message with that key
   * still buffered for one of the latest version's message start events starts the next instance
   * (one per ending instance, as in Zeebe; the new instance holds the key in turn).
   */
  private releaseMessageStartKey(root: ElementInstanceRow): void {
    if (this.def(root).model.messageStartEvents.length === 0) return;
    const held = this.st.one<{ bpmn_process_id: string; tenant_id: string; correlation_key: string }>(
      `SELECT bpmn_process_id, tenant_id, correlation_key FROM message_start_keys WHERE process_instance_key = ?`, root.process_instance_key,
    );
    if (!held) return;
    this.st.run(`DELETE FROM message_start_keys WHERE process_instance_key = ?`, root.process_instance_key);
    // After the current step, like a buffered message meeting a new subscription (no deep recursion
    // when the next instance ends at once and frees the key again).
    this.deferred.push(() => this.startBufferedMessage(held.bpmn_process_id, held.tenant_id, held.correlation_key));
  }

  private startBufferedMessage(bpmnProcessId: string, tenantId: string, correlationKey: string): void {
    if (this.messageStartLocked(bpmnProcessId, tenantId, correlationKey)) return;
    const defKey = this.ctx.models.latestKey(bpmnProcessId, tenantId);
    if (defKey === undefined) return;
    const info = this.ctx.models.get(defKey);
    const names = new Map<string, FlowNode>();
    for (const id of info.model.messageStartEvents) {
      const n = info.model.nodes.get(id)!;
      const name = messageStartName(n);
      if (name !== undefined) names.set(name, n);
    }
    if (names.size === 0) return;
    // Oldest first across all message start events: the message key orders publications.
    const msg = this.st.one<{ key: number; name: string; variables: string }>(
      `SELECT key, name, variables FROM messages m
       WHERE m.tenant_id = ? AND m.correlation_key = ? AND m.name IN (${[...names.keys()].map(() => '?').join(', ')}) AND m.expires_at > ?
         AND NOT EXISTS (SELECT 1 FROM message_correlations c WHERE c.message_key = m.key AND c.bpmn_process_id = ?)
       ORDER BY m.key LIMIT 1`,
      tenantId, correlationKey, ...names.keys(), this.now(), bpmnProcessId,
    );
    if (!msg) return;
    const start = names.get(msg.name)!;
    this.createProcessInstance(info, {}, { startNodeId: start.id, triggerVariables: JSON.parse(msg.variables), message: { key: msg.key, correlationKey, buffered: true } });
  }

  private openBoundaryEvents(owner: ElementInstanceRow, node: FlowNode): void {
    const model = this.def(owner).model;
    for (const bid of node.boundaryEvents) {
      const b = model.nodes.get(bid)!;
      if (b.event?.kind === 'timer') this.openTimer(owner, b, owner.key, 'BOUNDARY');
      else if (b.event?.kind === 'message') this.openSubscription(owner, b, owner, b.interrupting);
      else if (b.event?.kind === 'signal') this.openSignalSubscription(owner, b, owner, b.interrupting);
    }
  }

  openEventSubProcesses(scope: ElementInstanceRow, scopeNode: FlowNode): void {
    const model = this.def(scope).model;
    for (const espId of scopeNode.eventSubProcesses) {
      const start = model.nodes.get(model.nodes.get(espId)!.startEventId!)!;
      if (start.event?.kind === 'timer') this.openTimer(scope, start, scope.key, 'EVENT_SUBPROCESS_START');
      else if (start.event?.kind === 'message') this.openSubscription(scope, start, scope, start.interrupting);
      else if (start.event?.kind === 'signal') this.openSignalSubscription(scope, start, scope, start.interrupting);
    }
  }


  /** Deletes the timers and subscriptions an element instance owns. */
  closeOwned(owner: ElementInstanceRow): void {
    if (!this.rt(owner).owns) return;
    this.timers.deleteOwnedBy(owner.key);
    this.subscriptions.deleteOwnedBy(owner.key);
  }

  /** Remembers that an instance owns timers or subscriptions, so only those pay for the clean-up. */
  private markOwner(owner: ElementInstanceRow): void {
    const rt = this.rt(owner);
    if (rt.owns) return;
    rt.owns = true;
    this.setRt(owner, rt);
  }

  /**
   * Re-evaluates the `timeDate` expressions of the open date timers of one process instance against the current
   * variables and moves the timers whose instant changed. Zeebe evaluates a timer once, when it opens; this is the
   * explicit command a caller uses after correcting the variable a timer reads (e.g. a due date recomputed on the
   * legal calendar). Duration and cycle timers are left alone: re-evaluating them would restart them from now.
   */
  rescheduleDateTimers(processInstanceKey: number): Array<{ timerKey: number; elementId: string; from: number; to: number }> {
    const moved: Array<{ timerKey: number; elementId: string; from: number; to: number }> = [];
    const rows = this.st.all<TimerRow>(`SELECT * FROM timers WHERE process_instance_key = ? AND kind <> 'START' AND spec IS NULL ORDER BY key`, processInstanceKey);
    for (const timer of rows) {
      const owner = this.ei(timer.element_instance_key!);
      if (owner.state !== 'ACTIVE') continue;
      const node = this.def(owner).model.nodes.get(timer.element_id);
      const t = node?.event?.timer;
      if (!t || t.kind !== 'date') continue;
      const value = evaluateExpr(t.expr, this.vars.context(owner.key)).value;
      let dueAt: number;
      try {
        dueAt = scheduleTimer('date', value, this.now()).dueAt;
      } catch (err) {
        throw invalidArgument(`Element '${timer.element_id}': the timer date no longer evaluates: ${(err as Error).message}`);
      }
      if (dueAt === timer.due_at) continue;
      this.st.run(`UPDATE timers SET due_at = ? WHERE key = ?`, dueAt, timer.key);
      this.history('TIMER', 'RESCHEDULED', timer.key, timer.process_instance_key, timer.element_id, null, { from: timer.due_at, dueAt });
      moved.push({ timerKey: timer.key, elementId: timer.element_id, from: timer.due_at, to: dueAt });
    }
    return moved;
  }

  /**
   * The same for the `zeebe:taskSchedule` due date of the instance's open user tasks (evaluated once, at creation,
   * in Zeebe too). Returns the element ids of the tasks whose due date changed.
   */
  rescheduleUserTaskDueDates(processInstanceKey: number): string[] {
    const changed: string[] = [];
    const rows = this.st.all<{ key: number; element_instance_key: number; element_id: string; due_date: number | null }>(
      `SELECT key, element_instance_key, element_id, due_date FROM user_tasks WHERE process_instance_key = ? AND state = 'CREATED' ORDER BY key`,
      processInstanceKey,
    );
    for (const task of rows) {
      const owner = this.ei(task.element_instance_key);
      const expr = this.def(owner).model.nodes.get(task.element_id)?.userTask?.dueDate;
      if (!expr?.feel) continue;
      const value = evaluateExpr(expr, this.vars.context(owner.key)).value;
      const ms = typeof value === 'string' ? Date.parse(value) : NaN;
      if (!Number.isFinite(ms) || ms === task.due_date) continue;
      this.st.run(`UPDATE user_tasks SET due_date = ? WHERE key = ?`, ms, task.key);
      this.history('USER_TASK', 'UPDATED', task.key, processInstanceKey, task.element_id, null, { dueDate: ms });
      changed.push(task.element_id);
    }
    return changed;
  }

  /** A timer came due: fire it (a timer whose owner ended meanwhile is dropped), rescheduling cycles. */
  fireTimer(timer: TimerRow): void {
    this.timers.delete(timer.key);
    this.history('TIMER', 'TRIGGERED', timer.key, timer.process_instance_key, timer.element_id, null, { dueAt: timer.due_at });
    const repeat = timer.repetitions !== 0 && timer.spec;
    const reschedule = () => {
      const next = this.ctx.keys.take();
      const due = nextCycleDue(timer.spec!, timer.due_at, this.now());
      this.timers.insert({
        key: next, dueAt: due, kind: timer.kind, elementId: timer.element_id, elementInstanceKey: timer.element_instance_key, processInstanceKey: timer.process_instance_key,
        processDefinitionKey: timer.process_definition_key, repetitions: timer.repetitions < 0 ? -1 : timer.repetitions - 1, spec: timer.spec, tenantId: timer.tenant_id,
      });
    };
    if (timer.kind === 'START') {
      const info = this.ctx.models.get(timer.process_definition_key);
      if (repeat) reschedule();
      this.createProcessInstance(info, {}, { startNodeId: timer.element_id });
      return;
    }
    const owner = this.ei(timer.element_instance_key!);
    if (owner.state !== 'ACTIVE') return;
    const model = this.def(owner).model;
    const eventNode = model.nodes.get(timer.element_id)!;
    const nonInterrupting = !eventNode.interrupting && (eventNode.type === 'BOUNDARY_EVENT' || eventNode.type === 'START_EVENT');
    if (repeat && nonInterrupting) reschedule();
    this.triggerEvent(owner, eventNode, {});
  }

  triggerSubscription(sub: SubscriptionRow, variables: Vars, messageKey: number): void {
    const owner = this.ei(sub.element_instance_key);
    if (owner.state !== 'ACTIVE') return;
    const eventNode = this.def(owner).model.nodes.get(sub.element_id)!;
    const nonInterrupting = !eventNode.interrupting && (eventNode.type === 'BOUNDARY_EVENT' || eventNode.type === 'START_EVENT');
    if (!nonInterrupting) this.subscriptions.deleteMessage(sub.key);
    this.history('MESSAGE', 'CORRELATED', messageKey, sub.process_instance_key, sub.element_id, null, { subscription: sub.key });
    this.triggerEvent(owner, eventNode, variables);
  }

  // ---------------------------------------------------------------- signals

  /** A signal name: static, or FEEL evaluated in the scope of `contextEi` (a failure is an incident). */
  private signalName(eventNode: FlowNode, contextEi: ElementInstanceRow): string {
    const expr = eventNode.event!.signalName!;
    try {
      return signalNameOf(expr, expr.feel ? this.vars.context(contextEi.key) : {}, eventNode.id);
    } catch (err) {
      throw new IncidentSignal('EXTRACT_VALUE_ERROR', (err as Error).message);
    }
  }

  /** Opens a signal subscription owned by `owner`; it goes with the owner (see closeOwned). */
  openSignalSubscription(owner: ElementInstanceRow, eventNode: FlowNode, contextEi: ElementInstanceRow, interrupting = true): void {
    const name = this.signalName(eventNode, contextEi);
    const key = this.ctx.keys.take();
    this.markOwner(owner);
    this.subscriptions.insertSignal(key, name, eventNode.id, ownerOf(owner), interrupting, this.now());
    this.history('SIGNAL', 'SUBSCRIPTION_CREATED', key, owner.process_instance_key, eventNode.id, null, { name });
  }

  /**
   * Signal throw and end events, as Zeebe's BpmnSignalBehavior: the name is evaluated when the element
   * activates (after its input mappings), the signal carries the element's local variables (its input
   * mappings), and it is broadcast in the element's tenant before the element completes.
   */
  throwSignal(ei: ElementInstanceRow, node: FlowNode): void {
    const name = this.signalName(node, ei);
    this.broadcastSignal(this.ctx.keys.take(), name, this.vars.localVariables(ei.key), ei.tenant_id);
  }

  /**
   * Delivers a signal to every subscription of its name and tenant that exists now: a new instance of
   * the latest version per signal start event, and each waiting element. Nothing is kept for later.
   * The subscriptions are read first (Zeebe's SignalBroadcastProcessor does the same), so a subscription
   * opened while the signal is delivered does not receive it.
   */
  broadcastSignal(signalKey: number, name: string, variables: Vars, tenantId: string): void {
    this.history('SIGNAL', 'BROADCASTED', signalKey, null, null, null, { name, variables: Object.keys(variables) });
    const subs = this.st.all<SignalSubscriptionRow>(`SELECT * FROM signal_subscriptions WHERE tenant_id = ? AND signal_name = ? ORDER BY key`, tenantId, name);
    for (const sub of subs) {
      if (sub.element_instance_key === null) {
        const info = this.ctx.models.get(sub.process_definition_key);
        const piKey = this.createProcessInstance(info, {}, { startNodeId: sub.element_id, triggerVariables: variables });
        this.history('SIGNAL', 'TRIGGERED', signalKey, piKey, sub.element_id, null, { subscription: sub.key, startEvent: true });
        continue;
      }
      // An earlier delivery of this signal may have ended the owner or closed the subscription.
      if (!this.st.one(`SELECT 1 AS x FROM signal_subscriptions WHERE key = ?`, sub.key)) continue;
      const owner = this.ei(sub.element_instance_key);
      if (owner.state !== 'ACTIVE') continue;
      const eventNode = this.def(owner).model.nodes.get(sub.element_id)!;
      const nonInterrupting = !eventNode.interrupting && (eventNode.type === 'BOUNDARY_EVENT' || eventNode.type === 'START_EVENT');
      if (!nonInterrupting) this.subscriptions.deleteSignal(sub.key);
      this.history('SIGNAL', 'TRIGGERED', signalKey, sub.process_instance_key, sub.element_id, null, { subscription: sub.key });
      this.triggerEvent(owner, eventNode, variables);
    }
  }

  /** Routes a caught event to the behaviour of the node that caught it. */
  triggerEvent(owner: ElementInstanceRow, eventNode: FlowNode, variables: Vars, errorPayload = false): void {
    const model = this.def(owner).model;
    if (eventNode.type === 'BOUNDARY_EVENT') {
      const scope = this.ei(owner.flow_scope_key!);
      if (eventNode.interrupting) this.terminate(owner, true);
      this.activate(eventNode, scope, { eventVariables: variables });
      return;
    }
    if (eventNode.type === 'START_EVENT') {
      // Event sub-process start: the owner is the enclosing scope.
      const esp = model.nodes.get(eventNode.scopeId)!;
      if (eventNode.interrupting) this.interruptScope(owner);
      const espEi = this.insertEi(esp, 'EVENT_SUB_PROCESS', owner, this.piOf(owner), undefined, { eventVariables: variables, ...(errorPayload ? { errorPayload } : {}) });
      this.step(espEi, 'activate', () => this.activateBehavior(espEi, esp));
      return;
    }
    if (owner.type === 'EVENT_BASED_GATEWAY') {
      const scope = this.ei(owner.flow_scope_key!);
      this.closeOwned(owner);
      this.endEi(owner, 'COMPLETED');
      const flow = model.flows.get(eventNode.incoming.find((f) => model.flows.get(f)!.sourceId === owner.element_id)!)!;
      this.history('ELEMENT', 'SEQUENCE_FLOW_TAKEN', null, owner.process_instance_key, flow.id);
      this.activate(eventNode, scope, { eventVariables: variables, triggered: true });
      return;
    }
    // Intermediate catch event or receive task waiting itself.
    this.step(owner, 'complete', () => this.complete(owner, variables), variables);
  }

  private interruptScope(scope: ElementInstanceRow): void {
    for (const child of this.activeChildren(scope.key)) this.terminate(child, true);
    this.clearJoins(scope);
    // Other event sub-processes of the scope can no longer start.
    this.timers.deleteOwnedBy(scope.key, 'EVENT_SUBPROCESS_START');
    // Only the event-sub-process starts: the scope's own message and signal boundary events stay open, as in Zeebe.
    const model = this.def(scope).model;
    for (const espId of model.nodes.get(scope.element_id)!.eventSubProcesses) {
      const startId = model.nodes.get(espId)!.startEventId;
      this.subscriptions.deleteOwnedBy(scope.key, startId);
    }
    const rt = this.rt(scope);
    rt.interrupted = true;
    this.setRt(scope, rt);
  }

  // ---------------------------------------------------------------- errors

  /** Throws a BPMN error from an element; caught by the nearest matching boundary or event sub-process. */
  throwError(from: ElementInstanceRow, errorCode: string, errorMessage: string, variables: Vars, incidentOn: ElementInstanceRow, jobKey?: number): boolean {
    let candidate: ElementInstanceRow | undefined = from;
    const vars = { ...variables };
    while (candidate) {
      const model = this.def(candidate).model;
      const node = model.nodes.get(candidate.element_id)!;
      // Boundary events of the candidate (multi-instance: the body carries them).
      if (candidate.state === 'ACTIVE' || candidate === from) {
        const hosts = candidate.type === 'MULTI_INSTANCE_BODY' || this.rt(candidate).loopCounter === undefined ? node.boundaryEvents : [];
        const boundary = hosts.map((id) => model.nodes.get(id)!).find((b) => b.event?.kind === 'error' && (b.event.errorCode === undefined || b.event.errorCode === errorCode));
        if (boundary && candidate.state === 'ACTIVE') {
          this.history('ELEMENT', 'ERROR_CAUGHT', candidate.key, candidate.process_instance_key, boundary.id, null, { errorCode });
          const scope = this.ei(candidate.flow_scope_key!);
          this.terminate(candidate, true);
          this.activate(boundary, scope, { eventVariables: vars, errorPayload: true });
          return true;
        }
      }
      // Error event sub-processes of the enclosing scope.
      const scopeKey: number | null = candidate.flow_scope_key;
      if (scopeKey !== null) {
        const scope = this.ei(scopeKey);
        const scopeNode = this.def(scope).model.nodes.get(scope.element_id)!;
        const espStart = scopeNode.eventSubProcesses
          .map((id) => model.nodes.get(model.nodes.get(id)!.startEventId!)!)
          .find((s) => s.event?.kind === 'error' && (s.event.errorCode === undefined || s.event.errorCode === errorCode));
        if (espStart && scope.state === 'ACTIVE' && scope.type !== 'MULTI_INSTANCE_BODY') {
          this.history('ELEMENT', 'ERROR_CAUGHT', scope.key, scope.process_instance_key, espStart.id, null, { errorCode });
          this.triggerEvent(scope, espStart, vars, true);
          return true;
        }
        candidate = scope;
        continue;
      }
      // Reached a process root: continue at the calling activity of a parent process.
      candidate = this.callingActivity(candidate);
    }
    const message = `Expected to throw an error event with the code '${errorCode}' with message '${errorMessage}', but it was not caught. No error events are available in the scope.`;
    if (incidentOn.state !== 'ACTIVE') {
      incidentOn.state = 'ACTIVE';
      incidentOn.end_date = null;
      this.updateEi(incidentOn, 'state');
    }
    this.raiseIncident(incidentOn, 'UNHANDLED_ERROR_EVENT', message, jobKey);
    return false;
  }

  // ---------------------------------------------------------------- termination

  /**
   * Terminates an element instance and everything inside it. `quiet` = part of a larger move
   * (interrupting event, cancellation): the flow scope is not checked for completion.
   */
  terminate(ei: ElementInstanceRow, quiet = true): void {
    if (ei.state !== 'ACTIVE') return;
    for (const child of this.activeChildren(ei.key)) this.terminate(child, true);
    this.closeOwned(ei);
    const jobs = this.st.all<{ key: number }>(`SELECT key FROM jobs WHERE element_instance_key = ? AND state IN ('CREATED', 'ACTIVATED', 'FAILED')`, ei.key);
    for (const j of jobs) {
      this.st.run(`UPDATE jobs SET state = 'CANCELED', ended_at = ? WHERE key = ?`, this.now(), j.key);
      this.history('JOB', 'CANCELED', j.key, ei.process_instance_key, ei.element_id);
    }
    processorFor(ei.type).terminate?.(this, ei);
    this.resolveIncidentsOf(ei);
    this.endEi(ei, 'TERMINATED');
    if (ei.type === 'PROCESS') {
      this.st.run(`UPDATE process_instances SET state = 'TERMINATED', end_date = ? WHERE key = ?`, this.now(), ei.key);
      this.history('PROCESS_INSTANCE', 'TERMINATED', ei.key, ei.key, ei.element_id);
      this.ctx.effects.terminatedInstances.add(ei.key);
      this.releaseMessageStartKey(ei);
      if (this.def(ei).model.hasCompensation) dropCompensationSubscriptions(this, ei.key);
    }
    if (!quiet && ei.flow_scope_key !== null) this.checkScope(this.ei(ei.flow_scope_key));
  }

  // ---------------------------------------------------------------- incidents

  raiseIncident(ei: ElementInstanceRow, errorType: string, message: string, jobKey?: number): number {
    const key = this.ctx.keys.take();
    this.incidents.insert(key, ei, errorType, message, jobKey ?? null, this.now());
    ei.incident_key = key;
    this.updateEi(ei, 'incident');
    this.history('INCIDENT', 'CREATED', key, ei.process_instance_key, ei.element_id, null, { errorType });
    return key;
  }

  private markResolved(incidentKey: number, piKey: number, ei: ElementInstanceRow | undefined): void {
    this.incidents.resolve(incidentKey, piKey, this.now());
    if (ei) {
      ei.incident_key = null;
      this.updateEi(ei, 'incident');
    }
    this.history('INCIDENT', 'RESOLVED', incidentKey, piKey, ei?.element_id ?? null);
  }

  private resolveIncidentsOf(ei: ElementInstanceRow): void {
    for (const i of this.incidents.activeOf(ei.key)) this.markResolved(i.key, ei.process_instance_key, ei);
  }

  resolveIncident(incidentKey: number): void {
    const inc = this.incidents.get(incidentKey);
    if (!inc) throw notFound(`Incident with key '${incidentKey}' not found`);
    if (inc.state !== 'ACTIVE') throw notFound(`Incident with key '${incidentKey}' is already resolved`);
    const ei = this.ei(inc.element_instance_key);
    this.markResolved(inc.key, inc.process_instance_key, ei);
    if (inc.job_key !== null) {
      const job = this.jobs.get(inc.job_key)!;
      if (inc.error_type === 'UNHANDLED_ERROR_EVENT') {
        this.jobs.makeActivatable(job.key, this.now(), { retries: 'atLeastOne' });
        this.ctx.effects.jobTypes.add(job.type);
      } else if (job.retries > 0) {
        this.jobs.makeActivatable(job.key, this.now());
        this.ctx.effects.jobTypes.add(job.type);
      } else {
        // As in Zeebe: without new retries the job fails again at once.
        this.raiseIncident(ei, 'JOB_NO_RETRIES', inc.error_message, job.key);
      }
      return;
    }
    const rt = this.rt(ei);
    const retry = rt.retry;
    const pending = rt.pendingVariables ?? {};
    delete rt.retry;
    delete rt.pendingVariables;
    this.setRt(ei, rt);
    if (retry === 'activate') {
      const node = this.node(ei);
      if (ei.type === 'MULTI_INSTANCE_BODY') this.step(ei, 'activate', () => this.activateBody(ei, node));
      else this.step(ei, 'activate', () => this.activateBehavior(ei, node));
    } else if (retry === 'complete') {
      const node = this.node(ei);
      if (node.type === 'EXCLUSIVE_GATEWAY' || node.type === 'INCLUSIVE_GATEWAY') {
        this.endEi(ei, 'COMPLETED');
        this.leave(ei, node);
      } else if (ei.type === 'MULTI_INSTANCE_BODY') {
        // completion condition failed: check again
        this.checkBodyAfterIncident(ei, node);
      } else {
        this.step(ei, 'complete', () => this.complete(ei, pending), pending);
      }
    }
  }

  private checkBodyAfterIncident(body: ElementInstanceRow, node: FlowNode): void {
    const rt = this.rt(body);
    const mi = rt.mi!;
    if (node.multiInstance!.sequential && mi.next < mi.items.length) return this.activateInner(body, node, mi.next);
    if (this.activeChildren(body.key).length === 0) this.completeBody(body, node);
  }
}

const ownerOf = (ei: ElementInstanceRow): SubscriptionOwner => ({
  elementInstanceKey: ei.key, processInstanceKey: ei.process_instance_key, processDefinitionKey: ei.process_definition_key, bpmnProcessId: ei.bpmn_process_id, tenantId: ei.tenant_id,
});

/** Sets `a.b.c` style targets (Zeebe output mappings may target nested properties). */
function setPath(target: Vars, path: string, value: unknown, lookup?: (name: string) => unknown): void {
  const parts = path.split('.');
  if (parts.length === 1) {
    target[path] = value;
    return;
  }
  const head = parts[0];
  if (!(head in target)) {
    const existing = lookup?.(head);
    target[head] = existing && typeof existing === 'object' ? JSON.parse(JSON.stringify(existing)) : {};
  }
  let obj = target[head] as Vars;
  for (const p of parts.slice(1, -1)) {
    if (typeof obj[p] !== 'object' || obj[p] === null) obj[p] = {};
    obj = obj[p] as Vars;
  }
  obj[parts[parts.length - 1]] = value;
}
