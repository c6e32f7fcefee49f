import { FlowNode } from '../../model/types';
import type { Interpreter } from '../interpreter';
import { IncidentSignal } from '../context';
import { ElementInstanceRow } from '../rows';
import { signalNameOf } from '../signal-name';
import { Vars } from '../variables';
import { createProcessInstance } from './process-instances';
import { isNonInterrupting, triggerEvent } from './event-triggers';

/** A signal name: static, or FEEL evaluated in the scope of `contextEi` (a failure is an incident). */
export function signalName(it: Interpreter, eventNode: FlowNode, contextEi: ElementInstanceRow): string {
  const expr = eventNode.event!.signalName!;
  try {
    return signalNameOf(expr, expr.feel ? it.vars.context(contextEi.key) : {}, eventNode.id);
  } catch (err) {
    throw new IncidentSignal('EXTRACT_VALUE_ERROR', (err as Error).message);
  }
}

/**
 * Signal throw and end events, as Zeebe's BpmnSignalBehavior: the name is evaluated when the element
 * activates (after its input mappings), the signal carries the element's local variables (its input
 * mappings), and it is broadcast in the element's tenant before the element completes.
 */
export function throwSignal(it: Interpreter, ei: ElementInstanceRow, node: FlowNode): void {
  const name = signalName(it, node, ei);
  broadcastSignal(it, it.takeKey(), name, it.vars.localVariables(ei.key), ei.tenant_id);
}

/**
 * Delivers a signal to every subscription of its name and tenant that exists now: a new instance of
 * the latest version per signal start event, and each waiting element. Nothing is kept for later.
 * The subscriptions are read first (Zeebe's SignalBroadcastProcessor does the same), so a subscription
 * opened while the signal is delivered does not receive it.
 */
export function broadcastSignal(it: Interpreter, signalKey: number, name: string, variables: Vars, tenantId: string): void {
  it.history('SIGNAL', 'BROADCASTED', signalKey, null, null, null, { name, variables: Object.keys(variables) });
  const subscriptions = it.stores.subscriptions;
  for (const sub of subscriptions.signalsFor(name, tenantId)) {
    if (sub.element_instance_key === null) {
      const info = it.models.get(sub.process_definition_key);
      const piKey = createProcessInstance(it, info, {}, { startNodeId: sub.element_id, triggerVariables: variables });
      it.history('SIGNAL', 'TRIGGERED', signalKey, piKey, sub.element_id, null, { subscription: sub.key, startEvent: true });
      continue;
    }
    // An earlier delivery of this signal may have ended the owner or closed the subscription.
    if (!subscriptions.signalExists(sub.key)) continue;
    const owner = it.ei(sub.element_instance_key);
    if (owner.state !== 'ACTIVE') continue;
    const eventNode = it.model(owner).nodes.get(sub.element_id)!;
    if (!isNonInterrupting(eventNode)) subscriptions.deleteSignal(sub.key);
    it.history('SIGNAL', 'TRIGGERED', signalKey, sub.process_instance_key, sub.element_id, null, { subscription: sub.key });
    triggerEvent(it, owner, eventNode, variables);
  }
}
