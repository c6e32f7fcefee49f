import { JobInput, Variables } from '../support/job';

/** A job input as the SDK adapter builds it; synthetic data only. */
export function job(variables: Variables, customHeaders: Record<string, string> = {}, jobKey = '2251799813685251'): JobInput {
  return { variables, customHeaders, jobKey, processInstanceKey: '2251799813685249', elementId: 'Task_Test' };
}
