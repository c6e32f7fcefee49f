/**
 * Process instance modification, as Camunda 8's `POST /v2/process-instances/{key}/modification`: activate
 * elements (a new token, optionally with variables) and terminate element instances, all or nothing in one
 * command. Built on the interpreter's own activate/terminate, so an activated element behaves exactly as if a
 * token had arrived (jobs, user tasks, timers, boundary events).
 */
import type { Engine } from '../engine';
import { parseKey } from '../api/arguments';
import { invalidArgument, notFound } from '../errors';
import { FlowNode } from '../model/types';
import { ElementInstanceRow, RuntimeData } from './rows';
import type { EngineContext, Interpreter } from './interpreter';

export interface ModificationVariableInstruction {
  variables: Record<string, unknown>;
  /** Id of the flow scope (the process or an active sub-process) the variables go to; empty: the process. */
  scopeId?: string;
}

export interface ModificationActivateInstruction {
  elementId: string;
  /** The flow scope instance to activate in; absent or -1: the one active instance of the element's flow scope. */
  ancestorElementInstanceKey?: string | number;
  variableInstructions?: ModificationVariableInstruction[];
}

export interface ProcessInstanceModification {
  activateInstructions?: ModificationActivateInstruction[];
  terminateInstructions?: Array<{ elementInstanceKey: string | number }>;
}

/** Element types a token cannot be put on: they are entered by events or belong to another element. */
const NOT_ACTIVATABLE = new Set(['START_EVENT', 'BOUNDARY_EVENT', 'SEQUENCE_FLOW', 'PROCESS', 'EVENT_SUB_PROCESS']);

export function modifyProcessInstance(engine: Engine, processInstanceKey: string, instruction: ProcessInstanceModification, actor?: string): Promise<void> {
  const piKey = parseKey(processInstanceKey, 'process instance');
  const activations = instruction?.activateInstructions ?? [];
  const terminations = instruction?.terminateInstructions ?? [];
  if (!Array.isArray(activations) || !Array.isArray(terminations)) throw invalidArgument('activateInstructions and terminateInstructions must be lists');
  if (activations.length === 0 && terminations.length === 0) throw invalidArgument('Expected at least one activate or terminate instruction, but none given');
  return engine.command((it, ctx) => apply(it, ctx, piKey, activations, terminations, actor));
}

function apply(it: Interpreter, ctx: EngineContext, piKey: number, activations: ModificationActivateInstruction[], terminations: Array<{ elementInstanceKey: string | number }>, actor?: string): void {
  const pi = ctx.stores.processInstances.get(piKey);
  if (!pi || pi.state !== 'ACTIVE') throw notFound(`Process instance with key '${piKey}' not found or not active`);
  const model = ctx.models.get(pi.process_definition_key).model;
  const prefix = `Expected to modify instance of process '${pi.bpmn_process_id}'`;

  // Everything is checked before anything changes: a refused modification leaves no trace.
  const terminated = terminations.map(({ elementInstanceKey }) => {
    const key = parseKey(String(elementInstanceKey), 'element instance');
    const row = ctx.stores.elements.get(key);
    if (!row || row.process_instance_key !== piKey) throw invalidArgument(`${prefix} but it contains one or more terminate instructions with an element instance that could not be found: '${key}'`);
    if (row.state !== 'ACTIVE') throw invalidArgument(`${prefix} but element instance '${key}' (${row.element_id}) is not active`);
    if (row.type === 'PROCESS') throw invalidArgument(`${prefix} but element instance '${key}' is the process itself: cancel the instance instead`);
    return row;
  });
  const terminatedKeys = new Set(terminated.map((r) => r.key));
  const planned = activations.map((a) => {
    const node = model.nodes.get(String(a?.elementId ?? ''));
    if (!node) throw invalidArgument(`${prefix} but it contains one or more activate instructions with an element that could not be found: '${a?.elementId}'`);
    if (NOT_ACTIVATABLE.has(node.type)) throw invalidArgument(`${prefix} but element '${node.id}' is a ${node.type}, which cannot be activated directly`);
    const scope = flowScopeFor(ctx, piKey, model.root.id, node, a.ancestorElementInstanceKey, prefix);
    if (isInside(ctx, scope, terminatedKeys)) throw invalidArgument(`${prefix} but element '${node.id}' would be activated inside an element instance this modification terminates`);
    const variables = (a.variableInstructions ?? []).map((v) => {
      if (!v || typeof v.variables !== 'object' || v.variables === null || Array.isArray(v.variables)) throw invalidArgument(`${prefix} but a variable instruction of '${node.id}' has no variables object`);
      const target = variableScope(ctx, piKey, model.root.id, scope, v.scopeId, node, prefix);
      return { target, variables: v.variables };
    });
    return { node, scope, variables };
  });

  // As in Zeebe: activations first, then terminations.
  const activatedScopes = new Set<number>();
  for (const p of planned) {
    for (const v of p.variables) for (const [name, value] of Object.entries(v.variables)) it.vars.setLocal(it.ei(v.target), name, value);
    it.activate(p.node, it.ei(p.scope));
    for (let k: number | null = p.scope; k !== null; k = flowScopeOf(ctx, k)) activatedScopes.add(k);
  }
  for (const row of terminated) it.terminate(it.ei(row.key), true);
  // A flow scope left with nothing running is terminated too, up to the process instance itself.
  for (const row of terminated) {
    for (let scopeKey = row.flow_scope_key; scopeKey !== null && !activatedScopes.has(scopeKey); ) {
      const scope = it.ei(scopeKey);
      if (scope.state !== 'ACTIVE' || hasTokens(ctx, scope)) break;
      it.terminate(scope, true);
      scopeKey = scope.flow_scope_key;
    }
  }
  it.history('PROCESS_INSTANCE', 'MODIFIED', piKey, piKey, pi.bpmn_process_id, actor ?? null, {
    activated: planned.map((p) => p.node.id),
    terminated: terminated.map((r) => String(r.key)),
  });
}

/** The flow scope instance the element is activated in. */
function flowScopeFor(ctx: EngineContext, piKey: number, rootId: string, node: FlowNode, ancestor: string | number | undefined, prefix: string): number {
  if (node.scopeId === rootId) return piKey;
  const candidates = ctx.stores.elements.activeOfElement(piKey, node.scopeId);
  const ancestorKey = ancestor === undefined || String(ancestor) === '-1' ? undefined : parseKey(String(ancestor), 'ancestor element instance');
  const inAncestor = ancestorKey === undefined ? candidates : candidates.filter((c) => c.key === ancestorKey || isInside(ctx, c.key, new Set([ancestorKey])));
  if (inAncestor.length === 1) return inAncestor[0].key;
  if (inAncestor.length === 0) {
    throw invalidArgument(`${prefix} but element '${node.id}' is inside '${node.scopeId}', which has no active instance${ancestorKey !== undefined ? ` under '${ancestorKey}'` : ''}; activate the enclosing element instead`);
  }
  throw invalidArgument(`${prefix} but '${node.scopeId}' has ${inAncestor.length} active instances: give ancestorElementInstanceKey for '${node.id}'`);
}

/** Where a variable instruction writes: the process (no scopeId) or an enclosing flow scope of the new token. */
function variableScope(ctx: EngineContext, piKey: number, rootId: string, scope: number, scopeId: string | undefined, node: FlowNode, prefix: string): number {
  if (!scopeId || scopeId === rootId) return piKey;
  for (let k: number | null = scope; k !== null; ) {
    const row = ctx.stores.elements.get(k);
    if (!row) break;
    if (row.element_id === scopeId) return k;
    k = row.flow_scope_key;
  }
  throw invalidArgument(`${prefix} but the variable instruction for '${node.id}' names scope '${scopeId}', which is not an active flow scope of it (variables local to the new element are not supported: use its flow scope)`);
}

/** Whether the instance `key` is one of `ancestors` or lies inside one of them. */
function isInside(ctx: EngineContext, key: number, ancestors: Set<number>): boolean {
  for (let k: number | null = key; k !== null; k = flowScopeOf(ctx, k)) {
    if (ancestors.has(k)) return true;
  }
  return false;
}

/** The flow scope of a stored element instance (null: the process, or no such instance). */
function flowScopeOf(ctx: EngineContext, key: number): number | null {
  return ctx.stores.elements.get(key)?.flow_scope_key ?? null;
}

/** Something still runs in the scope, or a token waits at one of its joining gateways. */
function hasTokens(ctx: EngineContext, scope: ElementInstanceRow): boolean {
  if (ctx.stores.elements.hasActiveChild(scope.key)) return true;
  const rt = scope.runtime ? (JSON.parse(scope.runtime) as RuntimeData) : {};
  return !!rt.joins && Object.keys(rt.joins).length > 0;
}
