import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';
import { Vars } from '../variables';
import { raiseIncident } from './incidents';
import { triggerBoundaryEvent, triggerEvent } from './event-triggers';

/**
 * Throws a BPMN error from an element, as Zeebe's BpmnEventPublicationBehavior: caught by the nearest
 * matching error boundary event or error event sub-process, up the flow scopes and through calling
 * activities; uncaught, it is an UNHANDLED_ERROR_EVENT incident on `incidentOn`.
 */
export function throwError(it: Interpreter, from: ElementInstanceRow, errorCode: string, errorMessage: string, variables: Vars, incidentOn: ElementInstanceRow, jobKey?: number): boolean {
  let candidate: ElementInstanceRow | undefined = from;
  const vars = { ...variables };
  const catches = (kind: string | undefined, code: string | undefined) => kind === 'error' && (code === undefined || code === errorCode);
  while (candidate) {
    const model = it.model(candidate);
    const node = model.nodes.get(candidate.element_id)!;
    // Boundary events of the candidate (multi-instance: the body carries them).
    if (candidate.state === 'ACTIVE') {
      const hosts = candidate.type === 'MULTI_INSTANCE_BODY' || !it.isInnerInstance(candidate) ? node.boundaryEvents : [];
      const boundary = hosts.map((id) => model.nodes.get(id)!).find((b) => catches(b.event?.kind, b.event?.errorCode));
      if (boundary) {
        it.history('ELEMENT', 'ERROR_CAUGHT', candidate.key, candidate.process_instance_key, boundary.id, null, { errorCode });
        triggerBoundaryEvent(it, candidate, boundary, vars, true);
        return true;
      }
    }
    // Error event sub-processes of the enclosing scope.
    const scopeKey: number | null = candidate.flow_scope_key;
    if (scopeKey !== null) {
      const scope = it.ei(scopeKey);
      const scopeNode = it.model(scope).nodes.get(scope.element_id)!;
      const espStart = scopeNode.eventSubProcesses.map((id) => model.nodes.get(model.nodes.get(id)!.startEventId!)!).find((s) => catches(s.event?.kind, s.event?.errorCode));
      if (espStart && scope.state === 'ACTIVE' && scope.type !== 'MULTI_INSTANCE_BODY') {
        it.history('ELEMENT', 'ERROR_CAUGHT', scope.key, scope.process_instance_key, espStart.id, null, { errorCode });
        triggerEvent(it, scope, espStart, vars, true);
        return true;
      }
      candidate = scope;
      continue;
    }
    // Reached a process root: continue at the calling activity of a parent process.
    candidate = it.callingActivity(candidate);
  }
  const message = `Expected to throw an error event with the code '${errorCode}' with message '${errorMessage}', but it was not caught. No error events are available in the scope.`;
  it.reopen(incidentOn);
  raiseIncident(it, incidentOn, 'UNHANDLED_ERROR_EVENT', message, jobKey);
  return false;
}
