import { completeElement, leave } from '../behaviours/completion';
import { ElementProcessor } from './processor';
import { activateThrowEvent, throwEventOnEvent } from './throw-event';

/** None, message (a job), signal, escalation, compensation and link throw events. */
export const intermediateThrowEvent: ElementProcessor = {
  activate: activateThrowEvent,
  complete(it, ei, node, result, noContinue) {
    completeElement(it, ei, node, result);
    if (noContinue) return;
    // As in Zeebe, a link throw takes no sequence flow: its catch is activated in the same scope.
    if (node.linkTarget) it.activate(it.model(ei).nodes.get(node.linkTarget)!, it.ei(ei.flow_scope_key!));
    else leave(it, ei, node);
  },
  onEvent: throwEventOnEvent,
};
