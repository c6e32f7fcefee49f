import { ActivatedJob, ActivateJobs, FailJob, ThrowJobError } from '../../api/commands';
import { evaluateTyped } from '../../feel/feel';
import { invalidState, notFound } from '../../errors';
import { FlowNode } from '../../model/types';
import type { JobRow } from '../../store/rows';
import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';
import { Vars } from '../variables';
import { throwError } from './errors';
import { raiseIncident } from './incidents';

/**
 * Jobs, as Zeebe's BpmnJobBehavior and job processors: an element with a zeebe:taskDefinition creates
 * one when it is entered; a worker activates it for a time, then completes it (the element completes
 * with the job's variables), fails it (retries, back-off, an incident without retries) or throws a BPMN
 * error. The engine's long polling and scheduler call the functions below inside its commands.
 */
export function createJob(it: Interpreter, ei: ElementInstanceRow, node: FlowNode): void {
  const job = node.job!;
  // Most job types and retries are static: read variables only when FEEL needs them.
  const context = job.type.feel || job.retries.feel ? it.vars.context(ei.key) : {};
  const type = evaluateTyped(job.type, context, 'string') as string;
  const retriesRaw = job.retries.feel ? evaluateTyped(job.retries, context, 'number') : Number(job.retries.value);
  const key = it.takeKey();
  const now = it.now();
  it.stores.jobs.insert({
    key, type, element_instance_key: ei.key, process_instance_key: ei.process_instance_key, process_definition_key: ei.process_definition_key, bpmn_process_id: ei.bpmn_process_id,
    version: it.def(ei).version, element_id: ei.element_id, retries: Number.isFinite(retriesRaw) ? Number(retriesRaw) : 3, activatable_at: now, custom_headers: JSON.stringify(job.headers),
    tenant_id: ei.tenant_id, created_at: now,
  });
  it.history('JOB', 'CREATED', key, ei.process_instance_key, ei.element_id, null, { type });
  it.ctx.effects.jobTypes.add(type);
}

/** Activates up to `maxJobsToActivate` jobs of the type for a worker, with the variables it asked for. */
export function activateJobs(it: Interpreter, cmd: ActivateJobs, tenants: string[]): ActivatedJob[] {
  const now = it.now();
  const rows = it.stores.jobs.activatable(cmd.type, now, Math.min(cmd.maxJobsToActivate, 1000)).filter((j) => tenants.includes(j.tenant_id));
  const worker = cmd.worker ?? '';
  return rows.map((job) => {
    const deadline = now + cmd.timeout;
    it.stores.jobs.activate(job.key, worker, deadline);
    it.history('JOB', 'ACTIVATED', job.key, job.process_instance_key, job.element_id, worker);
    let variables = it.vars.context(job.element_instance_key);
    if (cmd.fetchVariable?.length) variables = Object.fromEntries(Object.entries(variables).filter(([k]) => cmd.fetchVariable!.includes(k)));
    return {
      jobKey: String(job.key),
      type: job.type,
      processInstanceKey: String(job.process_instance_key),
      processDefinitionId: job.bpmn_process_id,
      processDefinitionVersion: job.version,
      processDefinitionKey: String(job.process_definition_key),
      elementId: job.element_id,
      elementInstanceKey: String(job.element_instance_key),
      customHeaders: JSON.parse(job.custom_headers),
      worker,
      retries: job.retries,
      deadline,
      variables,
      tenantId: job.tenant_id,
      kind: 'BPMN_ELEMENT' as const,
      listenerEventType: 'UNSPECIFIED' as const,
    };
  });
}

/**
 * A job goes back to the pool for the next worker: its deadline passed (`timedOut`), or it was
 * activated for a long poll that is no longer there.
 */
export function returnToPool(it: Interpreter, job: JobRow): void {
  it.stores.jobs.makeActivatable(job.key, it.now());
  it.history('JOB', 'TIMED_OUT', job.key, job.process_instance_key, job.element_id);
  it.ctx.effects.jobTypes.add(job.type);
}

/** A job a worker may still complete, fail or throw an error for. */
export function activeJob(it: Interpreter, key: number): JobRow {
  const job = it.stores.jobs.get(key);
  if (!job) throw notFound(`Job with key '${key}' not found`);
  // As in Zeebe: finished jobs are gone (404); a failed job waiting on its incident is a conflict (409).
  if (job.state === 'FAILED') throw invalidState(`Expected to find an activatable or activated job with key '${key}', but it is in state FAILED`);
  if (job.state !== 'ACTIVATED' && job.state !== 'CREATED') throw notFound(`Job with key '${key}' not found`);
  return job;
}

export function completeJob(it: Interpreter, job: JobRow, variables: Vars): void {
  it.stores.jobs.end(job.key, 'COMPLETED', it.now());
  it.history('JOB', 'COMPLETED', job.key, job.process_instance_key, job.element_id, job.worker);
  it.onEvent(it.ei(job.element_instance_key), { kind: 'jobCompleted', variables });
}

export function failJob(it: Interpreter, job: JobRow, cmd: FailJob): void {
  const backOff = Math.max(0, cmd.retryBackOff ?? 0);
  const ei = it.ei(job.element_instance_key);
  for (const [k, v] of Object.entries(cmd.variables ?? {})) it.vars.setLocal(ei, k, v);
  if (cmd.retries > 0) {
    it.stores.jobs.makeActivatable(job.key, it.now() + backOff, { retries: cmd.retries, errorMessage: cmd.errorMessage ?? null });
    it.history('JOB', 'FAILED', job.key, job.process_instance_key, job.element_id, job.worker, { retries: cmd.retries, retryBackOff: backOff });
  } else {
    it.stores.jobs.failWithoutRetries(job.key, cmd.errorMessage ?? null);
    it.history('JOB', 'FAILED', job.key, job.process_instance_key, job.element_id, job.worker, { retries: 0 });
    raiseIncident(it, ei, 'JOB_NO_RETRIES', cmd.errorMessage || 'No more retries left.', job.key);
  }
}

export function throwJobError(it: Interpreter, job: JobRow, cmd: ThrowJobError): void {
  it.stores.jobs.errorThrown(job.key, cmd.errorCode, cmd.errorMessage ?? null);
  it.history('JOB', 'ERROR_THROWN', job.key, job.process_instance_key, job.element_id, job.worker, { errorCode: cmd.errorCode });
  const ei = it.ei(job.element_instance_key);
  throwError(it, ei, cmd.errorCode, cmd.errorMessage ?? '', cmd.variables ?? {}, ei, job.key);
}

/** New retries (e.g. before resolving a JOB_NO_RETRIES incident) or a new timeout for an activated job. */
export function updateJob(it: Interpreter, key: number, changeset: { retries?: number; timeout?: number }): void {
  const job = it.stores.jobs.get(key);
  if (!job || ['COMPLETED', 'CANCELED', 'ERROR_THROWN'].includes(job.state)) throw notFound(`Job with key '${key}' not found`);
  if (changeset.retries !== undefined) it.stores.jobs.setRetries(key, changeset.retries);
  if (changeset.timeout !== undefined && job.state === 'ACTIVATED') it.stores.jobs.setDeadline(key, it.now() + changeset.timeout);
  it.history('JOB', 'UPDATED', key, job.process_instance_key, job.element_id, null, changeset);
}
