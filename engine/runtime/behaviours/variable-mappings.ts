import { evaluateExpr } from '../../feel/feel';
import { FlowNode } from '../../model/types';
import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';
import { Vars } from '../variables';

/**
 * zeebe:ioMapping, as Zeebe's BpmnVariableMappingBehavior: input mappings create local variables when
 * an element is entered; output mappings (or, without them, the result as it is) reach the flow scope
 * when it completes.
 */
export function applyInputs(it: Interpreter, ei: ElementInstanceRow, node: FlowNode): void {
  if (node.inputs.length === 0) return;
  // Inputs see the flow scope plus what earlier inputs produced (Zeebe evaluates them in order).
  const context = it.vars.context(ei.key);
  const results: Vars = {};
  for (const m of node.inputs) {
    const value = evaluateExpr(m.source, context).value;
    setPath(results, m.target, value);
    setPath(context, m.target, value);
  }
  for (const [k, v] of Object.entries(results)) it.vars.setLocal(ei, k, v);
}

export function applyOutputs(it: Interpreter, ei: ElementInstanceRow, node: FlowNode, result: Vars): void {
  const flowScopeKey = ei.flow_scope_key;
  // Error payloads reach the process only through the catch event's output mappings, as in Zeebe.
  if (it.rt(ei).errorPayload && node.outputs.length === 0) return;
  // A called process's variables: output mappings see them; without those only propagateAllChildVariables passes them on.
  const called = node.calledElement;
  if (called && node.outputs.length === 0 && !called.propagateAllChildVariables) return;
  if (node.outputs.length === 0 || flowScopeKey === null) {
    if (flowScopeKey === null) {
      for (const [k, v] of Object.entries(result)) it.vars.setLocal(ei, k, v);
    } else if (Object.keys(result).length) {
      // Zeebe merges job, message and task results from the element's own scope (a name it holds
      // locally from an input mapping stays there); a called process's variables go to the flow scope.
      it.vars.propagate(called ? flowScopeKey : ei.key, result);
    }
    return;
  }
  for (const [k, v] of Object.entries(result)) it.vars.setLocal(ei, k, v);
  const context = it.vars.context(ei.key);
  const out: Vars = {};
  for (const m of node.outputs) {
    const value = evaluateExpr(m.source, context).value;
    setPath(out, m.target, value, (name) => it.vars.lookup(flowScopeKey, name));
  }
  it.vars.propagate(flowScopeKey, out);
}

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
