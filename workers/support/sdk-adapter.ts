/**
 * The thin layer between a pure handler and an SDK job: complete with the result variables
 * (`job.complete(vars)` — not `{ variables }`, FIELD-NOTES), BPMN error for business outcomes,
 * failure with decremented retries for technical faults. Logs carry keys and a hashed case reference only.
 */
import { BpmnError, JobHandler, JobInput } from './job';
import { caseRef } from './redact';

/** The part of the SDK's activated job this adapter uses (the SDK's EnrichedActivatedJob satisfies it). */
export interface SdkJob {
  jobKey: string;
  type?: string;
  processInstanceKey?: string;
  elementId?: string;
  retries?: number;
  variables: Record<string, unknown>;
  customHeaders: Record<string, unknown>;
  complete(variables?: Record<string, unknown>): Promise<unknown>;
  error(error: { errorCode: string; errorMessage?: string; variables?: Record<string, unknown> }): Promise<unknown>;
  fail(body: { errorMessage?: string; retries?: number; retryBackOff?: number }): Promise<unknown>;
}

/** Nest's Logger satisfies this. */
export interface WorkerLog {
  log(message: string): void;
  warn(message: string): void;
}

export const RETRY_BACKOFF_MS = 10_000;

function toInput(job: SdkJob): JobInput {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(job.customHeaders ?? {})) headers[k] = String(v);
  return {
    variables: job.variables ?? {},
    customHeaders: headers,
    jobKey: String(job.jobKey),
    ...(job.processInstanceKey !== undefined ? { processInstanceKey: String(job.processInstanceKey) } : {}),
    ...(job.elementId !== undefined ? { elementId: String(job.elementId) } : {}),
  };
}

/** Runs one job; resolves with whatever the SDK's acknowledgement returned (its job-action receipt). */
export async function runJob(type: string, handler: JobHandler, job: SdkJob, log: WorkerLog): Promise<unknown> {
  const input = toInput(job);
  const where = `${type} job=${input.jobKey} pi=${input.processInstanceKey ?? '-'} ${caseRef(input.variables.applicationNumber ?? input.variables.caseNumber)}`;
  let result: Record<string, unknown>;
  try {
    result = await handler(input);
  } catch (e) {
    if (e instanceof BpmnError) {
      log.log(`${where}: BPMN error ${e.errorCode}`);
      return job.error({ errorCode: e.errorCode, errorMessage: e.message, variables: e.variables });
    }
    const err = e as Error;
    const retries = Math.max(0, (job.retries ?? 1) - 1);
    // Messages name variables and parameters, never their personal values.
    log.warn(`${where}: failed (${err.name}: ${err.message}); retries left ${retries}`);
    return job.fail({ errorMessage: `${err.name}: ${err.message}`, retries, retryBackOff: retries > 0 ? RETRY_BACKOFF_MS : 0 });
  }
  return job.complete(result);
}
