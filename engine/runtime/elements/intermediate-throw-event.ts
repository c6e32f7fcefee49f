import { completeElement, leave } from '../behaviours/completion';
import { createJob } from '../behaviours/jobs';
import { throwSignal } from '../behaviours/signals';
import { handlerCompleted, throwCompensation } from './compensation';
import { throwEscalation } from './escalation';
import { completeWithEvent, ElementProcessor } from './processor';

/** None, message (a job), signal, escalation, compensation and link throw events. */
export const intermediateThrowEvent: ElementProcessor = {
  activate(it, ei, node) {
    if (node.job) return createJob(it, ei, node);
    if (node.event?.kind === 'signal') throwSignal(it, ei, node);
    if (node.event?.kind === 'compensation') return throwCompensation(it, ei, node);
    if (node.event?.kind === 'escalation') throwEscalation(it, ei, node);
    it.complete(ei, {});
  },
  complete(it, ei, node, result, noContinue) {
    completeElement(it, ei, node, result);
    if (noContinue) return;
    // As in Zeebe, a link throw takes no sequence flow: its catch is activated in the same scope.
    if (node.linkTarget) it.activate(it.model(ei).nodes.get(node.linkTarget)!, it.ei(ei.flow_scope_key!));
    else leave(it, ei, node);
  },
  onEvent(it, ei, _node, event) {
    if (event.kind === 'compensationHandlerCompleted') handlerCompleted(it, ei);
    else completeWithEvent(it, ei, event);
  },
};
