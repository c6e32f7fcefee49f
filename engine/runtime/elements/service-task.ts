import { openBoundaryEvents } from '../behaviours/event-subscriptions';
import { createJob } from '../behaviours/jobs';
import { completeAndLeave, ElementProcessor } from './processor';

/** Service and send tasks: a job for a worker; the task completes with the job (behaviours/jobs.ts completeJob). */
export const serviceTask: ElementProcessor = {
  activate(it, ei, node) {
    openBoundaryEvents(it, ei, node);
    createJob(it, ei, node);
  },
  complete: completeAndLeave,
};
export const sendTask = serviceTask;
