import { evaluateExpr } from '../../feel/feel';
import { openBoundaryEvents } from '../behaviours/event-subscriptions';
import { createJob } from '../behaviours/jobs';
import { completeAndLeave, ElementProcessor } from './processor';

/** zeebe:script: the FEEL result goes to resultVariable; without it, a job like a service task. */
export const scriptTask: ElementProcessor = {
  activate(it, ei, node) {
    openBoundaryEvents(it, ei, node);
    if (node.job) return createJob(it, ei, node);
    const s = node.script!;
    const value = evaluateExpr(s.expression, it.vars.context(ei.key)).value;
    it.complete(ei, { [s.resultVariable]: value });
  },
  complete: completeAndLeave,
};
