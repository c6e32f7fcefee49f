import { throwError } from '../behaviours/errors';
import { createJob } from '../behaviours/jobs';
import { clearJoins } from '../behaviours/sequence-flows';
import { throwSignal } from '../behaviours/signals';
import { handlerCompleted, throwCompensation } from './compensation';
import { throwEscalation } from './escalation';
import { completeAndLeave, completeWithEvent, ElementProcessor } from './processor';

/**
 * End events: none, error (thrown after the event completed), terminate (ends every other element of
 * the scope, then the scope), message (a job), signal, escalation and compensation.
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
    if (node.job) return createJob(it, ei, node);
    if (kind === 'signal') throwSignal(it, ei, node);
    if (kind === 'compensation') return throwCompensation(it, ei, node);
    if (kind === 'escalation') throwEscalation(it, ei, node);
    it.complete(ei, {});
  },
  complete: completeAndLeave,
  onEvent(it, ei, _node, event) {
    if (event.kind === 'compensationHandlerCompleted') handlerCompleted(it, ei);
    else completeWithEvent(it, ei, event);
  },
};
