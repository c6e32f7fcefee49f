import { throwCompensation } from './compensation';
import { throwEscalation } from './escalation';
import { ElementProcessor } from './processor';

/** None, message (a job), signal, escalation, compensation and link throw events. */
export const intermediateThrowEvent: ElementProcessor = {
  activate(it, ei, node) {
    if (node.job) return it.createJob(ei, node);
    if (node.event?.kind === 'signal') it.throwSignal(ei, node);
    if (node.event?.kind === 'compensation') return throwCompensation(it, ei, node);
    if (node.event?.kind === 'escalation') throwEscalation(it, ei, node);
    it.complete(ei, {});
  },
};
