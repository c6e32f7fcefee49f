import { FlowNode } from '../../model/types';
import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';
import { Vars } from '../variables';
import { triggerBoundaryEvent, triggerEvent } from './event-triggers';

/** Where a thrown error or escalation was caught: a boundary event of an activity, or an event sub-process start of a scope. */
export interface CatchPlace {
  /** The activity (boundary events) or the scope (event sub-process starts). */
  owner: ElementInstanceRow;
  event: FlowNode;
}

/**
 * The nearest catch event for something thrown from `from`, as Zeebe's BpmnEventPublicationBehavior
 * looks for it: boundary events of the element and its enclosing activities (a multi-instance
 * activity's body carries them), event sub-process starts of each enclosing scope, then on through the
 * calling activity of a called process. `pick` chooses among the catch events of one place.
 */
export function findCatchEvent(it: Interpreter, from: ElementInstanceRow, pick: (candidates: FlowNode[]) => FlowNode | undefined): CatchPlace | undefined {
  let candidate: ElementInstanceRow | undefined = from;
  while (candidate) {
    const model = it.model(candidate);
    if (candidate.state === 'ACTIVE' && !it.isInnerInstance(candidate)) {
      const boundary = pick(model.nodes.get(candidate.element_id)!.boundaryEvents.map((id) => model.nodes.get(id)!));
      if (boundary) return { owner: candidate, event: boundary };
    }
    const scopeKey: number | null = candidate.flow_scope_key;
    if (scopeKey === null) {
      // Reached a process root: continue at the calling activity of a parent process.
      candidate = it.callingActivity(candidate);
      continue;
    }
    const scope = it.ei(scopeKey);
    const scopeModel = it.model(scope);
    const starts = scopeModel.nodes.get(scope.element_id)!.eventSubProcesses.map((id) => scopeModel.nodes.get(scopeModel.nodes.get(id)!.startEventId!)!);
    const start = pick(starts);
    if (start && scope.state === 'ACTIVE' && scope.type !== 'MULTI_INSTANCE_BODY') return { owner: scope, event: start };
    candidate = scope;
  }
  return undefined;
}

/** The catch event triggers: a boundary event (an error always interrupts its host), or the event sub-process starts. */
export function triggerCatchEvent(it: Interpreter, caught: CatchPlace, variables: Vars, errorPayload = false): void {
  if (caught.event.type === 'BOUNDARY_EVENT') triggerBoundaryEvent(it, caught.owner, caught.event, variables, errorPayload);
  else triggerEvent(it, caught.owner, caught.event, variables, errorPayload);
}
