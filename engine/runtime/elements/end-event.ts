import { throwError } from '../behaviours/errors';
import { clearJoins } from '../behaviours/sequence-flows';
import { completeAndLeave, ElementProcessor } from './processor';
import { activateThrowEvent, throwEventOnEvent } from './throw-event';

/**
 * End events: error (thrown after the event completed), terminate (ends every other element of the
 * scope, then the scope), and what they share with intermediate throw events (none, message, signal,
 * escalation, compensation).
 */
export const endEvent: ElementProcessor = {
  activate(it, ei, node) {
    const kind = node.event?.kind;
    if (kind === 'error') {
      it.complete(ei, {}, { noContinue: true });
      throwError(it, ei, node.event!.errorCode ?? '', `Error end event '${node.id}'`, {}, ei);
      return;
    }
    if (kind === 'terminate') {
      const scope = it.ei(ei.flow_scope_key!);
      it.complete(ei, {}, { noContinue: true });
      for (const child of it.activeChildren(scope.key)) it.terminate(child, true);
      clearJoins(it, scope);
      it.complete(scope, {});
      return;
    }
    activateThrowEvent(it, ei, node);
  },
  complete: completeAndLeave,
  onEvent: throwEventOnEvent,
};
