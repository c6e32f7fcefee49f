import { FlowNode, SequenceFlow } from '../../model/types';
import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';

/**
 * Tokens between elements, as Zeebe's BpmnStateTransitionBehavior: taking sequence flows, joining at
 * parallel and inclusive gateways (tokens wait in the flow scope's runtime data), and completing a scope
 * when nothing is left running in it.
 */
export function takeOutgoing(it: Interpreter, ei: ElementInstanceRow, node: FlowNode): void {
  const model = it.model(ei);
  takeFlows(it, ei, node.outgoing.map((id) => model.flows.get(id)!));
}

/** Takes the given flows out of a completed element; none: the token ends and the scope is checked. */
export function takeFlows(it: Interpreter, ei: ElementInstanceRow, flows: SequenceFlow[]): void {
  const scope = it.ei(ei.flow_scope_key!);
  if (flows.length === 0) return checkScope(it, scope);
  for (const f of flows) takeFlow(it, f, scope);
}

function takeFlow(it: Interpreter, flow: SequenceFlow, scope: ElementInstanceRow): void {
  if (scope.state !== 'ACTIVE') return;
  it.history('ELEMENT', 'SEQUENCE_FLOW_TAKEN', null, scope.process_instance_key, flow.id);
  const target = it.model(scope).nodes.get(flow.targetId)!;
  const joining = (target.type === 'PARALLEL_GATEWAY' || target.type === 'INCLUSIVE_GATEWAY') && target.incoming.length > 1;
  if (!joining) return it.activate(target, scope);
  const rt = it.rt(scope);
  rt.joins = rt.joins ?? {};
  const tokens = (rt.joins[target.id] = rt.joins[target.id] ?? {});
  tokens[flow.id] = (tokens[flow.id] ?? 0) + 1;
  it.setRt(scope, rt);
  tryJoin(it, scope, target);
}

function tryJoin(it: Interpreter, scope: ElementInstanceRow, gw: FlowNode): void {
  const rt = it.rt(scope);
  const tokens = rt.joins?.[gw.id];
  if (!tokens) return;
  let ready: boolean;
  if (gw.type === 'PARALLEL_GATEWAY') {
    ready = gw.incoming.every((f) => (tokens[f] ?? 0) > 0);
  } else {
    // Inclusive join: fires when no active element of the scope can still reach it.
    const reach = gw.reachableFrom ?? new Set<string>();
    const blocking = it.activeChildren(scope.key).some((c) => reach.has(c.element_id));
    const pendingElsewhere = Object.entries(rt.joins ?? {}).some(([gid, t]) => gid !== gw.id && reach.has(gid) && Object.values(t).some((n) => n > 0));
    ready = !blocking && !pendingElsewhere && Object.values(tokens).some((n) => n > 0);
  }
  if (!ready) return;
  if (gw.type === 'PARALLEL_GATEWAY') for (const f of gw.incoming) tokens[f] -= 1;
  else for (const f of Object.keys(tokens)) tokens[f] = 0;
  for (const f of Object.keys(tokens)) if (tokens[f] <= 0) delete tokens[f];
  if (Object.keys(tokens).length === 0) delete rt.joins![gw.id];
  it.setRt(scope, rt);
  it.activate(gw, scope);
}

/** Tokens waiting at joins are gone (the scope was interrupted or terminated inside). */
export function clearJoins(it: Interpreter, scope: ElementInstanceRow): void {
  const rt = it.rt(scope);
  if (rt.joins) {
    delete rt.joins;
    it.setRt(scope, rt);
  }
}

/** Completes a scope when nothing is left running in it. */
export function checkScope(it: Interpreter, scope: ElementInstanceRow): void {
  if (scope.state !== 'ACTIVE') return;
  const rt = it.rt(scope);
  const children = it.activeChildren(scope.key);
  // Inclusive joins may become ready when a branch ends elsewhere.
  if (rt.joins) {
    const model = it.model(scope);
    for (const gid of Object.keys(rt.joins)) {
      const gw = model.nodes.get(gid)!;
      if (gw.type === 'INCLUSIVE_GATEWAY') tryJoin(it, scope, gw);
    }
    if (it.activeChildren(scope.key).length > 0) return;
  }
  if (children.length > 0) return;
  const pending = it.rt(scope).joins;
  if (pending && Object.keys(pending).length > 0) return; // a token waits at a join: Zeebe keeps the scope active
  // A multi-instance body completes by counting its inner instances (behaviours/multi-instance.ts).
  if (scope.type === 'MULTI_INSTANCE_BODY') return;
  it.complete(scope, {});
}
