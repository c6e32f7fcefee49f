import { evaluateTyped } from '../../feel/feel';
import { FlowNode } from '../../model/types';
import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';
import { findCatchEvent, triggerCatchEvent } from '../behaviours/catch-events';

/**
 * Escalation events as Zeebe runs them (docs: "Escalation events", Camunda 8.8): the throw event sends
 * its code up the flow scopes (sub-processes, then the calling activity of a called process); the
 * first scope that catches it — a boundary event on a sub-process or call activity, or an escalation
 * start event of an event sub-process — wins, an exact code before a catch-all. An escalation is not
 * critical: unless an interrupting catch terminated it, the throw event carries on (its outgoing flow,
 * or its end), and an escalation nobody catches is no incident.
 */
export function throwEscalation(it: Interpreter, ei: ElementInstanceRow, node: FlowNode): void {
  const expr = node.event!.escalationCode!;
  const code = expr.feel ? String(evaluateTyped(expr, it.vars.context(ei.key), 'string')) : expr.value;
  const caught = catchEscalation(it, ei, code);
  if (!caught) it.history('ESCALATION', 'NOT_ESCALATED', ei.key, ei.process_instance_key, ei.element_id, null, { escalationCode: code });
}

const catches = (code: string) => (n: FlowNode | undefined) => n?.event?.kind === 'escalation' && (n.event.escalationCode === undefined || (!n.event.escalationCode.feel && n.event.escalationCode.value === code));

/** An exact code wins over a catch-all among the catch events of one place. */
function pick(nodes: FlowNode[], code: string): FlowNode | undefined {
  const candidates = nodes.filter(catches(code));
  return candidates.find((n) => n.event!.escalationCode !== undefined) ?? candidates[0];
}

function catchEscalation(it: Interpreter, from: ElementInstanceRow, code: string): boolean {
  const caught = findCatchEvent(it, from, (nodes) => pick(nodes, code));
  if (!caught) return false;
  it.history('ESCALATION', 'ESCALATED', caught.owner.key, caught.owner.process_instance_key, caught.event.id, null, { escalationCode: code, throwElementId: from.element_id });
  triggerCatchEvent(it, caught, {});
  return true;
}
