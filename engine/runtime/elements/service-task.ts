import { ElementProcessor } from './processor';

/** Service and send tasks: a job for a worker; the task completes with the job (Interpreter.completeJob). */
export const serviceTask: ElementProcessor = {
  activate: (it, ei, node) => it.createJob(ei, node),
};
export const sendTask = serviceTask;
