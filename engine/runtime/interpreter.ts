import { notFound } from '../errors';
import { FeelError } from '../feel/feel';
import { FlowNode, ProcessModel } from '../model/types';
import type { HistoryBuffer } from '../store/history';
import { Stores } from '../store/stores';
import { DecisionRegistry } from './decisions';
import { DefinitionInfo, ModelRegistry } from './models';
import { ElementInstanceRow, RuntimeData } from './rows';
import { VariableScopes, Vars } from './variables';
import { EngineContext, IncidentSignal } from './context';
import { applyInputs } from './behaviours/variable-mappings';
import { closeOwned } from './behaviours/event-subscriptions';
import { raiseIncident, resolveIncidentsOf } from './behaviours/incidents';
import { processInstanceEnded } from './behaviours/process-instances';
import { checkScope } from './behaviours/sequence-flows';
import { completeWithEvent, ElementEvent } from './elements/processor';
import { processorFor } from './elements/registry';

export { Effects, EngineContext, IncidentSignal } from './context';

/** Options of an activation: the caught event's variables, local variables, runtime data. */
export interface ActivateOptions {
  eventVariables?: Vars;
  /** An event-based gateway already caught this event: the element completes with its variables. */
  triggered?: boolean;
  errorPayload?: boolean;
  locals?: Vars;
  runtime?: RuntimeData;
}

/**
 * Zeebe's BPMN semantics over the SQLite state: the element lifecycle (activate, complete, terminate,
 * events) dispatched to one processor per element type (runtime/elements), which compose the shared
 * behaviours (runtime/behaviours). One instance per command: it caches element instance rows for the
 * duration of the command only, so a rolled-back command leaves no trace.
 */
export class Interpreter {
  private readonly eis = new Map<number, ElementInstanceRow>();
  private readonly deferred: Array<() => void> = [];
  /**
   * Element instances created by this command are written once, in their final state, when the
   * command's work is done: an element that starts and completes in one command costs one insert.
   */
  private readonly unsaved = new Set<number>();
  private readonly historyRows: HistoryBuffer;
  readonly vars: VariableScopes;

  constructor(readonly ctx: EngineContext) {
    this.historyRows = ctx.stores.historyBuffer();
    this.vars = new VariableScopes(ctx.stores.variables, (key) => this.ei(key)).useKeys(() => ctx.keys.take());
  }

  now(): number {
    return this.ctx.clock.now();
  }

  get stores(): Stores {
    return this.ctx.stores;
  }

  get models(): ModelRegistry {
    return this.ctx.models;
  }

  get decisions(): DecisionRegistry {
    return this.ctx.decisions;
  }

  takeKey(): number {
    return this.ctx.keys.take();
  }

  // ---------------------------------------------------------------- rows and history

  ei(key: number): ElementInstanceRow {
    let row = this.eis.get(key);
    if (!row) {
      row = this.stores.elements.get(key);
      if (!row) throw notFound(`Element instance with key '${key}' not found`);
      this.eis.set(key, row);
    }
    return row;
  }

  def(ei: ElementInstanceRow): DefinitionInfo {
    return this.ctx.models.get(ei.process_definition_key);
  }

  model(ei: ElementInstanceRow): ProcessModel {
    return this.def(ei).model;
  }

  node(ei: ElementInstanceRow): FlowNode {
    const n = this.def(ei).model.nodes.get(ei.element_id);
    if (!n) throw new Error(`element ${ei.element_id} missing in model`);
    return n;
  }

  /** The element's runtime data (a copy: change it with setRt or patchRuntime). */
  rt(ei: ElementInstanceRow): RuntimeData {
    return ei.runtime ? (JSON.parse(ei.runtime) as RuntimeData) : {};
  }

  setRt(ei: ElementInstanceRow, data: RuntimeData): void {
    ei.runtime = JSON.stringify(data);
    this.write(ei, 'runtime');
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
    const parent = this.stores.processInstances.callingElementOf(root.process_instance_key);
    return parent !== null ? this.ei(parent) : undefined;
  }

  /** Appends a history row; the command's rows are written together when its work is done (store/history.ts). */
  history(kind: string, intent: string, key: number | null, piKey: number | null, elementId: string | null, actor?: string | null, data?: unknown): void {
    this.historyRows.add(this.now(), kind, intent, key, piKey, elementId, actor ?? null, data === undefined ? null : JSON.stringify(data));
  }

  /** A new element instance (written when the command's work is done). */
  createElementInstance(node: FlowNode, type: string, flowScope: ElementInstanceRow | null, pi: { key: number; defKey: number; bpmnId: string; tenant: string }, key?: number, runtime?: RuntimeData): ElementInstanceRow {
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

  /** A child instance in the same process instance as its flow scope. */
  createChild(node: FlowNode, type: string, flowScope: ElementInstanceRow, runtime?: RuntimeData): ElementInstanceRow {
    const pi = { key: flowScope.process_instance_key, defKey: flowScope.process_definition_key, bpmnId: flowScope.bpmn_process_id, tenant: flowScope.tenant_id };
    return this.createElementInstance(node, type, flowScope, pi, undefined, runtime);
  }

  /** Writes a changed part of an instance that exists in the table already (new ones are inserted at the end). */
  write(ei: ElementInstanceRow, part: 'runtime' | 'state' | 'incident'): void {
    if (this.unsaved.has(ei.key)) return;
    if (part === 'runtime') this.stores.elements.writeRuntime(ei);
    else if (part === 'state') this.stores.elements.writeState(ei);
    else this.stores.elements.writeIncident(ei);
  }

  flushElementInstances(): void {
    for (const key of this.unsaved) this.stores.elements.insert(this.eis.get(key)!);
    this.unsaved.clear();
  }

  endElementInstance(ei: ElementInstanceRow, state: 'COMPLETED' | 'TERMINATED'): void {
    ei.state = state;
    ei.end_date = this.now();
    this.write(ei, 'state');
    this.history('ELEMENT', state === 'COMPLETED' ? 'ELEMENT_COMPLETED' : 'ELEMENT_TERMINATED', ei.key, ei.process_instance_key, ei.element_id);
  }

  /** An ended instance becomes active again (it waits on an incident, e.g. an uncaught error). */
  reopen(ei: ElementInstanceRow): void {
    if (ei.state === 'ACTIVE') return;
    ei.state = 'ACTIVE';
    ei.end_date = null;
    this.write(ei, 'state');
  }

  activeChildren(scopeKey: number): ElementInstanceRow[] {
    const children = this.stores.elements.activeChildren(scopeKey).map((r) => {
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

  /** Work to run after the current step (e.g. a buffered message meeting a new subscription). */
  defer(work: () => void): void {
    this.deferred.push(work);
  }

  /** Runs work queued during the command, then writes its element instances and history. */
  drain(): void {
    while (this.deferred.length) this.deferred.shift()!();
    this.flushElementInstances();
    this.historyRows.flush();
  }

  // ---------------------------------------------------------------- the element lifecycle

  /** Activates a node in a flow scope (creating a multi-instance body first when the node has one). */
  activate(node: FlowNode, flowScope: ElementInstanceRow, opts: ActivateOptions = {}): void {
    if (flowScope.state !== 'ACTIVE') return;
    if (node.multiInstance) {
      const body = this.createChild(node, 'MULTI_INSTANCE_BODY', flowScope);
      this.step(body, 'activate', () => processorFor(body.type).activate(this, body, node));
      return;
    }
    const runtime = opts.eventVariables ? { eventVariables: opts.eventVariables, ...(opts.errorPayload ? { errorPayload: true } : {}), ...opts.runtime } : opts.runtime;
    const ei = this.createChild(node, node.type, flowScope, runtime);
    for (const [name, value] of Object.entries(opts.locals ?? {})) this.vars.setLocal(ei, name, value);
    if (opts.triggered) {
      // An event-based gateway already caught this event: it completes with the event's variables.
      this.complete(ei, opts.eventVariables ?? {});
      return;
    }
    this.step(ei, 'activate', () => this.enter(ei, node));
  }

  /**
   * Enters an element instance that exists: its input mappings, then its processor (activities open
   * their boundary events first). A multi-instance body has no input mappings: its inner instances do.
   */
  enter(ei: ElementInstanceRow, node: FlowNode): void {
    if (ei.type !== 'MULTI_INSTANCE_BODY') applyInputs(this, ei, node);
    processorFor(ei.type).activate(this, ei, node);
  }

  /** Runs a step; a FEEL or mapping failure becomes an incident that resumes the step when resolved. */
  step(ei: ElementInstanceRow, phase: 'activate' | 'complete', fn: () => void, pendingVariables?: Vars): void {
    try {
      fn();
    } catch (err) {
      if (!(err instanceof IncidentSignal || err instanceof FeelError)) throw err;
      const type = err instanceof IncidentSignal ? err.errorType : 'IO_MAPPING_ERROR';
      // An activation is all or nothing, as in Zeebe: timers and subscriptions opened before the failure
      // go, so resolving the incident opens each of them once.
      if (phase === 'activate') closeOwned(this, ei);
      const rt = this.rt(ei);
      rt.retry = phase;
      if (pendingVariables) rt.pendingVariables = pendingVariables;
      this.setRt(ei, rt);
      raiseIncident(this, ei, type, err.message);
    }
  }

  /**
   * Completes an element: its processor applies the output mappings and moves the token on.
   * `noContinue`: the element ends here and the token goes nowhere (error and terminate end events).
   */
  complete(ei: ElementInstanceRow, result: Vars, opts: { noContinue?: boolean } = {}): void {
    if (ei.state !== 'ACTIVE') return;
    processorFor(ei.type).complete(this, ei, this.node(ei), result, opts.noContinue ?? false);
  }

  /** Something an element waits for happened: its processor decides (most complete with the event's variables). */
  onEvent(ei: ElementInstanceRow, event: ElementEvent): void {
    if (ei.state !== 'ACTIVE') return;
    const processor = processorFor(ei.type);
    if (processor.onEvent) processor.onEvent(this, ei, this.node(ei), event);
    else completeWithEvent(this, ei, event);
  }

  /**
   * Terminates an element instance and everything inside it. `quiet` = part of a larger move
   * (interrupting event, cancellation): the flow scope is not checked for completion.
   */
  terminate(ei: ElementInstanceRow, quiet = true): void {
    if (ei.state !== 'ACTIVE') return;
    for (const child of this.activeChildren(ei.key)) this.terminate(child, true);
    closeOwned(this, ei);
    for (const key of this.stores.jobs.openOf(ei.key)) {
      this.stores.jobs.end(key, 'CANCELED', this.now());
      this.history('JOB', 'CANCELED', key, ei.process_instance_key, ei.element_id);
    }
    processorFor(ei.type).terminate?.(this, ei);
    resolveIncidentsOf(this, ei);
    this.endElementInstance(ei, 'TERMINATED');
    if (ei.flow_scope_key === null) processInstanceEnded(this, ei, 'TERMINATED');
    else if (!quiet) checkScope(this, this.ei(ei.flow_scope_key));
  }
}
