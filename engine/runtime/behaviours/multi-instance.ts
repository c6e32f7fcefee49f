import { evaluateExpr, evaluateTyped } from '../../feel/feel';
import { FlowNode } from '../../model/types';
import type { Interpreter } from '../interpreter';
import { IncidentSignal } from '../context';
import { ElementInstanceRow } from '../rows';
import { closeOwned, openBoundaryEvents } from './event-subscriptions';
import { raiseIncident } from './incidents';
import { takeOutgoing } from './sequence-flows';

/**
 * Multi-instance activities, as Zeebe's MultiInstanceBodyProcessor: a body instance carries the boundary
 * events and the output collection, and runs one inner instance per item of the input collection, one
 * after the other (sequential) or all at once (parallel), until all completed or the completion
 * condition holds.
 */
export function activateBody(it: Interpreter, body: ElementInstanceRow, node: FlowNode): void {
  const mi = node.multiInstance!;
  const context = it.vars.context(body.key);
  let items: unknown[];
  try {
    items = evaluateTyped(mi.inputCollection, context, 'array') as unknown[];
  } catch (err) {
    throw new IncidentSignal('EXTRACT_VALUE_ERROR', (err as Error).message);
  }
  openBoundaryEvents(it, body, node);
  if (mi.outputCollection) it.vars.setLocal(body, mi.outputCollection, items.map(() => null));
  it.setRt(body, { mi: { items, next: 0, completed: 0 } });
  if (items.length === 0) {
    completeBody(it, body, node);
    return;
  }
  if (mi.sequential) activateInner(it, body, node, 0);
  else for (let i = 0; i < items.length; i++) activateInner(it, body, node, i);
}

function activateInner(it: Interpreter, body: ElementInstanceRow, node: FlowNode, index: number): void {
  const rt = it.rt(body);
  rt.mi!.next = index + 1;
  it.setRt(body, rt);
  const inner = it.createChild(node, node.type, body, { loopCounter: index + 1 });
  const mi = node.multiInstance!;
  if (mi.inputElement) it.vars.setLocal(inner, mi.inputElement, rt.mi!.items[index] ?? null);
  it.vars.setLocal(inner, 'loopCounter', index + 1);
  // As in Zeebe: a variable named as the output element is local to each inner instance, so results
  // of one iteration neither leak to the process nor overwrite each other.
  if (mi.outputElement?.feel && /^[A-Za-z_$][\w$]*$/.test(mi.outputElement.source)) it.vars.setLocal(inner, mi.outputElement.source, null);
  it.step(inner, 'activate', () => it.enter(inner, node));
}

/** An inner instance completes: its output element goes to its place in the output collection. */
export function collectOutputElement(it: Interpreter, inner: ElementInstanceRow, node: FlowNode, loopCounter: number): void {
  const mi = node.multiInstance!;
  if (!mi.outputCollection || !mi.outputElement) return;
  const body = it.ei(inner.flow_scope_key!);
  const value = evaluateExpr(mi.outputElement, it.vars.context(inner.key)).value;
  const list = (it.vars.getLocal(body.key, mi.outputCollection) as unknown[] | undefined) ?? [];
  list[loopCounter - 1] = value;
  it.vars.setLocal(body, mi.outputCollection, list);
}

/** An inner instance completed: the next one starts (sequential), or the body completes. */
export function innerCompleted(it: Interpreter, inner: ElementInstanceRow, node: FlowNode): void {
  const body = it.ei(inner.flow_scope_key!);
  if (body.state !== 'ACTIVE') return;
  const rt = it.rt(body);
  const mi = rt.mi!;
  mi.completed++;
  it.setRt(body, rt);
  const def = node.multiInstance!;
  if (def.completionCondition) {
    const active = it.activeChildren(body.key).length;
    const context = { ...it.vars.context(inner.key), numberOfInstances: mi.items.length, numberOfCompletedInstances: mi.completed, numberOfActiveInstances: active, numberOfTerminatedInstances: 0 };
    let done: boolean;
    try {
      done = evaluateTyped(def.completionCondition, context, 'boolean') as boolean;
    } catch (err) {
      raiseIncident(it, body, 'CONDITION_ERROR', (err as Error).message);
      return;
    }
    if (done) {
      for (const child of it.activeChildren(body.key)) it.terminate(child, true);
      return completeBody(it, body, node);
    }
  }
  if (def.sequential && mi.next < mi.items.length) return activateInner(it, body, node, mi.next);
  if (it.activeChildren(body.key).length === 0 && mi.completed >= mi.items.length) completeBody(it, body, node);
}

/** The body completes: the output collection reaches the flow scope and the token moves on. */
export function completeBody(it: Interpreter, body: ElementInstanceRow, node: FlowNode): void {
  if (body.state !== 'ACTIVE') return;
  const mi = node.multiInstance!;
  if (mi.outputCollection) {
    const value = it.vars.getLocal(body.key, mi.outputCollection) ?? [];
    it.vars.propagate(body.flow_scope_key!, { [mi.outputCollection]: value });
  }
  closeOwned(it, body);
  it.endElementInstance(body, 'COMPLETED');
  takeOutgoing(it, body, node);
}
