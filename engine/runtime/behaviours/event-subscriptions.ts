import { evaluateExpr, evaluateTyped } from '../../feel/feel';
import { FlowNode } from '../../model/types';
import type { SubscriptionOwner } from '../../store/subscriptions';
import type { NewTimer } from '../../store/timers';
import type { Interpreter } from '../interpreter';
import { IncidentSignal } from '../context';
import { ElementInstanceRow } from '../rows';
import { scheduleTimer, TimerSchedule } from '../timer-spec';
import { correlateBuffered } from './message-correlation';
import { signalName } from './signals';

/**
 * What an element instance waits for, as Zeebe's BpmnEventSubscriptionBehavior: timers, message and
 * signal subscriptions of its boundary events, of the start events of its event sub-processes, or of
 * itself (catch events, receive tasks, event-based gateways). They belong to the instance and go with it.
 */

/** Where a timer belongs: a definition (timer start events) or an element instance. */
export type TimerPlace = Omit<NewTimer, 'key' | 'dueAt' | 'repetitions' | 'spec'>;

/** Writes one timer (opened, a cycle's next round, a timer start event). */
export function insertTimer(it: Interpreter, place: TimerPlace, s: TimerSchedule): number {
  const key = it.takeKey();
  it.stores.timers.insert({ ...place, key, dueAt: s.dueAt, repetitions: s.remaining, spec: s.interval ?? null });
  return key;
}

export function openTimer(it: Interpreter, owner: ElementInstanceRow, eventNode: FlowNode, kind = 'INTERMEDIATE'): void {
  const t = eventNode.event!.timer!;
  const value = evaluateExpr(t.expr, it.vars.context(owner.key)).value;
  let schedule;
  try {
    schedule = scheduleTimer(t.kind, value, it.now());
  } catch (err) {
    throw new IncidentSignal('EXTRACT_VALUE_ERROR', `${(err as Error).message} (element '${eventNode.id}')`);
  }
  markOwner(it, owner);
  const key = insertTimer(it, {
    kind, elementId: eventNode.id, elementInstanceKey: owner.key, processInstanceKey: owner.process_instance_key, processDefinitionKey: owner.process_definition_key, tenantId: owner.tenant_id,
  }, schedule);
  it.history('TIMER', 'CREATED', key, owner.process_instance_key, eventNode.id, null, { dueAt: schedule.dueAt });
}

export function openMessageSubscription(it: Interpreter, owner: ElementInstanceRow, eventNode: FlowNode, contextEi: ElementInstanceRow, interrupting = true): void {
  const ev = eventNode.event!;
  const context = it.vars.context(contextEi.key);
  let name: string;
  let correlationKey: string;
  try {
    name = String(evaluateTyped(ev.messageName!, context, 'string'));
    correlationKey = String(ev.correlationKey ? evaluateTyped(ev.correlationKey, context, 'stringOrNumber') : '');
  } catch (err) {
    throw new IncidentSignal('EXTRACT_VALUE_ERROR', (err as Error).message);
  }
  const key = it.takeKey();
  markOwner(it, owner);
  it.stores.subscriptions.insertMessage(key, name, correlationKey, eventNode.id, ownerOf(owner), interrupting, it.now());
  it.history('MESSAGE', 'SUBSCRIPTION_CREATED', key, owner.process_instance_key, eventNode.id, null, { name });
  // A buffered message meets the new subscription once the current step is done.
  it.defer(() => correlateBuffered(it, key));
}

/** Opens a signal subscription owned by `owner`; it goes with the owner (see closeOwned). */
export function openSignalSubscription(it: Interpreter, owner: ElementInstanceRow, eventNode: FlowNode, contextEi: ElementInstanceRow, interrupting = true): void {
  const name = signalName(it, eventNode, contextEi);
  const key = it.takeKey();
  markOwner(it, owner);
  it.stores.subscriptions.insertSignal(key, name, eventNode.id, ownerOf(owner), interrupting, it.now());
  it.history('SIGNAL', 'SUBSCRIPTION_CREATED', key, owner.process_instance_key, eventNode.id, null, { name });
}

/** The timer, signal or message (receive tasks: a message) a catch event waits for, owned by `owner`. */
export function openCatchEvent(it: Interpreter, owner: ElementInstanceRow, eventNode: FlowNode, kind = 'INTERMEDIATE', interrupting = true): void {
  const event = eventNode.event?.kind;
  if (event === 'timer') openTimer(it, owner, eventNode, kind);
  else if (event === 'signal') openSignalSubscription(it, owner, eventNode, owner, interrupting);
  else openMessageSubscription(it, owner, eventNode, owner, interrupting);
}

/** Boundary events and event sub-process starts that wait for something (error, escalation and compensation ones are thrown to). */
const WAITS = new Set(['timer', 'message', 'signal']);

/** An activity was entered: its boundary events wait (an inner multi-instance instance has none: the body carries them). */
export function openBoundaryEvents(it: Interpreter, owner: ElementInstanceRow, node: FlowNode): void {
  if (node.boundaryEvents.length === 0 || it.isInnerInstance(owner)) return;
  const model = it.model(owner);
  for (const bid of node.boundaryEvents) {
    const b = model.nodes.get(bid)!;
    if (WAITS.has(b.event?.kind ?? '')) openCatchEvent(it, owner, b, 'BOUNDARY', b.interrupting);
  }
}

export function openEventSubProcesses(it: Interpreter, scope: ElementInstanceRow, scopeNode: FlowNode): void {
  const model = it.model(scope);
  for (const espId of scopeNode.eventSubProcesses) {
    const start = model.nodes.get(model.nodes.get(espId)!.startEventId!)!;
    if (WAITS.has(start.event?.kind ?? '')) openCatchEvent(it, scope, start, 'EVENT_SUBPROCESS_START', start.interrupting);
  }
}

/** Deletes the timers and subscriptions an element instance owns. */
export function closeOwned(it: Interpreter, owner: ElementInstanceRow): void {
  if (!it.rt(owner).owns) return;
  it.stores.timers.deleteOwnedBy(owner.key);
  it.stores.subscriptions.deleteOwnedBy(owner.key);
}

/** Remembers that an instance owns timers or subscriptions, so only those pay for the clean-up. */
function markOwner(it: Interpreter, owner: ElementInstanceRow): void {
  const rt = it.rt(owner);
  if (rt.owns) return;
  rt.owns = true;
  it.setRt(owner, rt);
}

export const ownerOf = (ei: ElementInstanceRow): SubscriptionOwner => ({
  elementInstanceKey: ei.key, processInstanceKey: ei.process_instance_key, processDefinitionKey: ei.process_definition_key, bpmnProcessId: ei.bpmn_process_id, tenantId: ei.tenant_id,
});
