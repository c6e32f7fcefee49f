import { FlowNode } from '../../model/types';
import type { TimerRow } from '../../store/rows';
import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';
import { nextCycleDue } from '../timer-spec';
import { Vars } from '../variables';
import { insertTimer } from './event-subscriptions';
import { createProcessInstance } from './process-instances';
import { clearJoins } from './sequence-flows';

/** A non-interrupting boundary event or event sub-process start: it may trigger again, its host goes on. */
export function isNonInterrupting(eventNode: FlowNode): boolean {
  return !eventNode.interrupting && (eventNode.type === 'BOUNDARY_EVENT' || eventNode.type === 'START_EVENT');
}

/**
 * Routes a caught event (a fired timer, a correlated message, a signal, an error or escalation thrown
 * to it) to what caught it: a boundary event of `owner`, an event sub-process start of the scope
 * `owner`, or `owner` itself (its processor's onEvent).
 */
export function triggerEvent(it: Interpreter, owner: ElementInstanceRow, eventNode: FlowNode, variables: Vars, errorPayload = false): void {
  if (eventNode.type === 'BOUNDARY_EVENT') return triggerBoundaryEvent(it, owner, eventNode, variables, errorPayload);
  if (eventNode.type === 'START_EVENT') return startEventSubProcess(it, owner, eventNode, variables, errorPayload);
  it.onEvent(owner, { kind: 'caught', eventNode, variables });
}

/** A boundary event of `host` caught its event: an interrupting one terminates the host; the event's flow starts. */
export function triggerBoundaryEvent(it: Interpreter, host: ElementInstanceRow, boundary: FlowNode, variables: Vars, errorPayload = false): void {
  const scope = it.ei(host.flow_scope_key!);
  if (boundary.interrupting || errorPayload) it.terminate(host, true);
  it.activate(boundary, scope, { eventVariables: variables, errorPayload });
}

/** An event sub-process start of the scope caught its event: an interrupting one ends everything else in the scope. */
function startEventSubProcess(it: Interpreter, scope: ElementInstanceRow, start: FlowNode, variables: Vars, errorPayload: boolean): void {
  const esp = it.model(scope).nodes.get(start.scopeId)!;
  if (start.interrupting) interruptScope(it, scope);
  const espEi = it.createChild(esp, 'EVENT_SUB_PROCESS', scope, { eventVariables: variables, ...(errorPayload ? { errorPayload } : {}) });
  it.step(espEi, 'activate', () => it.enter(espEi, esp));
}

function interruptScope(it: Interpreter, scope: ElementInstanceRow): void {
  for (const child of it.activeChildren(scope.key)) it.terminate(child, true);
  clearJoins(it, scope);
  // Other event sub-processes of the scope can no longer start.
  it.stores.timers.deleteOwnedBy(scope.key, 'EVENT_SUBPROCESS_START');
  // Only the event-sub-process starts: the scope's own message and signal boundary events stay open, as in Zeebe.
  const model = it.model(scope);
  for (const espId of model.nodes.get(scope.element_id)!.eventSubProcesses) {
    it.stores.subscriptions.deleteOwnedBy(scope.key, model.nodes.get(espId)!.startEventId);
  }
  it.patchRuntime(scope, { interrupted: true });
}

/** A timer came due: fire it (a timer whose owner ended meanwhile is dropped), rescheduling cycles. */
export function fireTimer(it: Interpreter, timer: TimerRow): void {
  it.stores.timers.delete(timer.key);
  it.history('TIMER', 'TRIGGERED', timer.key, timer.process_instance_key, timer.element_id, null, { dueAt: timer.due_at });
  const repeat = timer.repetitions !== 0 && timer.spec;
  const reschedule = () =>
    insertTimer(it, {
      kind: timer.kind, elementId: timer.element_id, elementInstanceKey: timer.element_instance_key, processInstanceKey: timer.process_instance_key,
      processDefinitionKey: timer.process_definition_key, tenantId: timer.tenant_id,
    }, { dueAt: nextCycleDue(timer.spec!, timer.due_at, it.now()), remaining: timer.repetitions < 0 ? -1 : timer.repetitions - 1, interval: timer.spec! });
  if (timer.kind === 'START') {
    if (repeat) reschedule();
    createProcessInstance(it, it.models.get(timer.process_definition_key), {}, { startNodeId: timer.element_id });
    return;
  }
  const owner = it.ei(timer.element_instance_key!);
  if (owner.state !== 'ACTIVE') return;
  const eventNode = it.model(owner).nodes.get(timer.element_id)!;
  if (repeat && isNonInterrupting(eventNode)) reschedule();
  triggerEvent(it, owner, eventNode, {});
}
