import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';
import { Vars } from '../variables';
import { findCatchEvent, triggerCatchEvent } from './catch-events';
import { raiseIncident } from './incidents';

/**
 * Throws a BPMN error from an element: caught by the nearest error boundary event or error event
 * sub-process with its code (or none), up the flow scopes and through calling activities; uncaught,
 * it is an UNHANDLED_ERROR_EVENT incident on `incidentOn`.
 */
export function throwError(it: Interpreter, from: ElementInstanceRow, errorCode: string, errorMessage: string, variables: Vars, incidentOn: ElementInstanceRow, jobKey?: number): boolean {
  const caught = findCatchEvent(it, from, (nodes) => nodes.find((n) => n.event?.kind === 'error' && (n.event.errorCode === undefined || n.event.errorCode === errorCode)));
  if (caught) {
    it.history('ELEMENT', 'ERROR_CAUGHT', caught.owner.key, caught.owner.process_instance_key, caught.event.id, null, { errorCode });
    triggerCatchEvent(it, caught, { ...variables }, true);
    return true;
  }
  const message = `Expected to throw an error event with the code '${errorCode}' with message '${errorMessage}', but it was not caught. No error events are available in the scope.`;
  it.reopen(incidentOn);
  raiseIncident(it, incidentOn, 'UNHANDLED_ERROR_EVENT', message, jobKey);
  return false;
}
