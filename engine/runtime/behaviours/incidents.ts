import { notFound } from '../../errors';
import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';

/**
 * Incidents, as Zeebe's BpmnIncidentBehavior: raised on the element that cannot go on (a failed step, a
 * job without retries, an uncaught error); resolving one retries what failed — the job, or the step the
 * element was in (activation or completion, with the variables it was completing with).
 */
export function raiseIncident(it: Interpreter, ei: ElementInstanceRow, errorType: string, message: string, jobKey?: number): number {
  const key = it.takeKey();
  it.stores.incidents.insert(key, ei, errorType, message, jobKey ?? null, it.now());
  ei.incident_key = key;
  it.write(ei, 'incident');
  it.history('INCIDENT', 'CREATED', key, ei.process_instance_key, ei.element_id, null, { errorType });
  return key;
}

function markResolved(it: Interpreter, incidentKey: number, piKey: number, ei: ElementInstanceRow): void {
  it.stores.incidents.resolve(incidentKey, piKey, it.now());
  ei.incident_key = null;
  it.write(ei, 'incident');
  it.history('INCIDENT', 'RESOLVED', incidentKey, piKey, ei.element_id);
}

/** The element ends: its open incidents are resolved with it. */
export function resolveIncidentsOf(it: Interpreter, ei: ElementInstanceRow): void {
  for (const i of it.stores.incidents.activeOf(ei.key)) markResolved(it, i.key, ei.process_instance_key, ei);
}

export function resolveIncident(it: Interpreter, incidentKey: number): void {
  const inc = it.stores.incidents.get(incidentKey);
  if (!inc) throw notFound(`Incident with key '${incidentKey}' not found`);
  if (inc.state !== 'ACTIVE') throw notFound(`Incident with key '${incidentKey}' is already resolved`);
  const ei = it.ei(inc.element_instance_key);
  markResolved(it, inc.key, inc.process_instance_key, ei);
  if (inc.job_key !== null) {
    const job = it.stores.jobs.get(inc.job_key)!;
    if (inc.error_type === 'UNHANDLED_ERROR_EVENT') {
      it.stores.jobs.makeActivatable(job.key, it.now(), { retries: 'atLeastOne' });
      it.ctx.effects.jobTypes.add(job.type);
    } else if (job.retries > 0) {
      it.stores.jobs.makeActivatable(job.key, it.now());
      it.ctx.effects.jobTypes.add(job.type);
    } else {
      // As in Zeebe: without new retries the job fails again at once.
      raiseIncident(it, ei, 'JOB_NO_RETRIES', inc.error_message, job.key);
    }
    return;
  }
  const rt = it.rt(ei);
  const retry = rt.retry;
  const pending = rt.pendingVariables ?? {};
  delete rt.retry;
  delete rt.pendingVariables;
  it.setRt(ei, rt);
  if (retry === 'activate') it.step(ei, 'activate', () => it.enter(ei, it.node(ei)));
  else if (retry === 'complete') it.step(ei, 'complete', () => it.complete(ei, pending), pending);
}
