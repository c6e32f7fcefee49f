import { EngineError } from '../../errors';
import { evaluateTyped } from '../../feel/feel';
import { FlowNode } from '../../model/types';
import type { SubscriptionRow } from '../../store/rows';
import type { Interpreter } from '../interpreter';
import { DefinitionInfo } from '../models';
import { ElementInstanceRow } from '../rows';
import { Vars } from '../variables';
import { isNonInterrupting, triggerEvent } from './event-triggers';
import { createProcessInstance, StartMessage } from './process-instances';

/**
 * Message correlation, as Zeebe's message processors: a published message reaches the waiting
 * subscriptions of its name and key (once per process id) and the message start events of the latest
 * versions; it stays buffered for its time to live, meeting subscriptions opened later. A message start
 * event starts one instance per correlation key at a time; the next buffered message starts the next.
 */

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

/** Publishes (or correlates, `firstOnly`) a message: returns the first process instance it reached. */
export function correlateMessage(it: Interpreter, messageKey: number, name: string, correlationKey: string, variables: Vars, tenantId: string, firstOnly: boolean): number | undefined {
  let firstPi: number | undefined;
  const usedProcesses = new Set<string>();
  for (const sub of it.stores.subscriptions.messagesFor(name, correlationKey, tenantId)) {
    if (usedProcesses.has(sub.bpmn_process_id)) continue;
    usedProcesses.add(sub.bpmn_process_id);
    it.stores.messages.recordCorrelation(messageKey, sub.bpmn_process_id, sub.process_instance_key);
    correlateToSubscription(it, sub, variables, messageKey);
    firstPi = firstPi ?? sub.process_instance_key;
    if (firstOnly) return firstPi;
  }
  for (const def of it.models.messageStarts(tenantId)) {
    if (usedProcesses.has(def.bpmnProcessId)) continue;
    const start = messageStartNode(def, name);
    if (!start) continue;
    // An instance started with this key is still active: no second one. The message stays buffered
    // (per its TTL) and starts the next instance when that one ends. An empty key always starts.
    if (correlationKey !== '' && it.stores.messages.isStartKeyHeld(def.bpmnProcessId, tenantId, correlationKey)) continue;
    usedProcesses.add(def.bpmnProcessId);
    const piKey = createProcessInstance(it, def, {}, { startNodeId: start.id, triggerVariables: variables, message: { key: messageKey, correlationKey } });
    firstPi = firstPi ?? piKey;
    if (firstOnly) return firstPi;
  }
  return firstPi;
}

/** A message reached a subscription: the catch event, boundary event or event sub-process start triggers. */
function correlateToSubscription(it: Interpreter, sub: SubscriptionRow, variables: Vars, messageKey: number): void {
  const owner = it.ei(sub.element_instance_key);
  if (owner.state !== 'ACTIVE') return;
  const eventNode = it.model(owner).nodes.get(sub.element_id)!;
  if (!isNonInterrupting(eventNode)) it.stores.subscriptions.deleteMessage(sub.key);
  it.history('MESSAGE', 'CORRELATED', messageKey, sub.process_instance_key, sub.element_id, null, { subscription: sub.key });
  triggerEvent(it, owner, eventNode, variables);
}

/** A new subscription meets the oldest buffered message for it (not yet correlated to its process). */
export function correlateBuffered(it: Interpreter, subscriptionKey: number): void {
  const sub = it.stores.subscriptions.message(subscriptionKey);
  if (!sub) return;
  const msg = it.stores.messages.oldestUncorrelated([sub.message_name], sub.correlation_key, sub.tenant_id, sub.bpmn_process_id, it.now());
  if (!msg) return;
  it.stores.messages.recordCorrelation(msg.key, sub.bpmn_process_id, sub.process_instance_key);
  correlateToSubscription(it, sub, JSON.parse(msg.variables), msg.key);
}

/** The message start event of a definition that a message of this name triggers. */
function messageStartNode(info: DefinitionInfo, name: string): FlowNode | undefined {
  for (const id of info.model.messageStartEvents) {
    const n = info.model.nodes.get(id)!;
    if (messageStartName(n) === name) return n;
  }
  return undefined;
}

/** The message counts as correlated to the process (once per process id), and a non-empty key is held. */
export function recordMessageStart(it: Interpreter, info: DefinitionInfo, piKey: number, startId: string, msg: StartMessage): void {
  it.stores.messages.recordCorrelation(msg.key, info.bpmnProcessId, piKey);
  if (msg.correlationKey !== '') it.stores.messages.holdStartKey(piKey, info.bpmnProcessId, info.tenantId, msg.correlationKey);
  it.history('MESSAGE', 'CORRELATED', msg.key, piKey, startId, null, { startEvent: true, ...(msg.buffered ? { buffered: true } : {}) });
}

/**
 * A message-started instance ended: its key is free again, and the oldest message with that key
 * still buffered for one of the latest version's message start events starts the next instance
 * (one per ending instance, as in Zeebe; the new instance holds the key in turn).
 */
export function releaseMessageStartKey(it: Interpreter, root: ElementInstanceRow): void {
  if (it.model(root).messageStartEvents.length === 0) return;
  const held = it.stores.messages.releaseStartKey(root.process_instance_key);
  if (!held) return;
  // After the current step, like a buffered message meeting a new subscription (no deep recursion
  // when the next instance ends at once and frees the key again).
  it.defer(() => startBufferedMessage(it, held.bpmn_process_id, held.tenant_id, held.correlation_key));
}

function startBufferedMessage(it: Interpreter, bpmnProcessId: string, tenantId: string, correlationKey: string): void {
  if (it.stores.messages.isStartKeyHeld(bpmnProcessId, tenantId, correlationKey)) return;
  const defKey = it.models.latestKey(bpmnProcessId, tenantId);
  if (defKey === undefined) return;
  const info = it.models.get(defKey);
  const names = new Map<string, FlowNode>();
  for (const id of info.model.messageStartEvents) {
    const n = info.model.nodes.get(id)!;
    const name = messageStartName(n);
    if (name !== undefined) names.set(name, n);
  }
  if (names.size === 0) return;
  // Oldest first across all message start events: the message key orders publications.
  const msg = it.stores.messages.oldestUncorrelated([...names.keys()], correlationKey, tenantId, bpmnProcessId, it.now());
  if (!msg) return;
  const start = names.get(msg.name)!;
  createProcessInstance(it, info, {}, { startNodeId: start.id, triggerVariables: JSON.parse(msg.variables), message: { key: msg.key, correlationKey, buffered: true } });
}

/**
 * Publishes a message: with a time to live it is buffered (a message id is unique among the live ones),
 * then it is correlated to every subscription and message start event it reaches now.
 */
export function publishMessage(it: Interpreter, m: { name: string; correlationKey: string; messageId?: string; variables: Vars; timeToLive: number; tenantId: string }): number {
  const now = it.now();
  const messages = it.stores.messages;
  if (m.messageId) {
    if (messages.isBufferedWithId(m.tenantId, m.name, m.messageId, now)) {
      throw new EngineError('INVALID_STATE', `Expected to publish a new message with id '${m.messageId}', but a message with that id was already published`);
    }
    messages.deleteWithId(m.tenantId, m.name, m.messageId);
  }
  const key = it.takeKey();
  if (m.timeToLive > 0) {
    messages.insert({ key, name: m.name, correlation_key: m.correlationKey, message_id: m.messageId ?? null, variables: JSON.stringify(m.variables), expires_at: now + m.timeToLive, tenant_id: m.tenantId }, now);
  }
  it.history('MESSAGE', 'PUBLISHED', key, null, null, null, { name: m.name, timeToLive: m.timeToLive });
  correlateMessage(it, key, m.name, m.correlationKey, m.variables, m.tenantId, false);
  return key;
}
