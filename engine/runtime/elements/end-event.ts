import { throwCompensation } from './compensation';
import { throwEscalation } from './escalation';
import { ElementProcessor } from './processor';

/**
 * End events: none, error (thrown after the event completed), terminate (ends every other element of
 * the scope, then the scope), message (a job), signal, escalation and compensation.
 */
export const endEvent: ElementProcessor = {
  activate(it, ei, node) {
    const kind = node.event?.kind;
    if (kind === 'error') {
      it.complete(ei, {}, { noContinue: true });
      it.throwError(ei, node.event!.errorCode ?? '', `Error end event '${node.id}'`, {}, ei);
      return;
    }
    if (kind === 'terminate') {
      const scope = it.ei(ei.flow_scope_key!);
      it.complete(ei, {}, { noContinue: true });
      for (const child of it.activeChildren(scope.key)) it.terminate(child, true);
      it.clearJoins(scope);
      it.complete(scope, {});
      return;
    }
    if (node.job) return it.createJob(ei, node);
    if (kind === 'signal') it.throwSignal(ei, node);
    if (kind === 'compensation') return throwCompensation(it, ei, node);
    if (kind === 'escalation') throwEscalation(it, ei, node);
    it.complete(ei, {});
  },
};
