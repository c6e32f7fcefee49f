import type { Database } from 'better-sqlite3';
import type { JobRow } from '../store/rows';
import { asFilter, checkFields, filters, Where } from './filter';
import { compact, keyString, optDate, optString, parseJsonObject, tenant } from './format';
import { runSearch, SearchQuery, SearchResult } from './search';

export const JOB_STATES = ['CANCELED', 'COMPLETED', 'CREATED', 'ERROR_THROWN', 'FAILED', 'MIGRATED', 'RETRIES_UPDATED', 'TIMED_OUT'] as const;

export interface JobItem {
  jobKey: string;
  type: string;
  state: (typeof JOB_STATES)[number];
  kind: 'BPMN_ELEMENT';
  listenerEventType: 'UNSPECIFIED';
  worker: string;
  retries: number;
  hasFailedWithRetriesLeft: boolean;
  deadline?: string;
  endTime?: string;
  errorCode?: string;
  errorMessage?: string;
  customHeaders: Record<string, string>;
  elementId: string;
  elementInstanceKey: string;
  processInstanceKey: string;
  processDefinitionKey: string;
  processDefinitionId: string;
  tenantId: string;
}

type Row = Omit<JobRow, 'version' | 'activatable_at' | 'created_at'>;

/** Camunda has no separate "activated" state in its job read model: an activated job is still CREATED. */
const STATE = `CASE j.state WHEN 'ACTIVATED' THEN 'CREATED' ELSE j.state END`;

const map = (r: Row): JobItem => compact({
  jobKey: keyString(r.key),
  type: r.type,
  state: (JOB_STATES as readonly string[]).includes(r.state) ? (r.state as JobItem['state']) : 'CREATED',
  kind: 'BPMN_ELEMENT' as const,
  listenerEventType: 'UNSPECIFIED' as const,
  worker: r.worker ?? '',
  retries: r.retries,
  hasFailedWithRetriesLeft: r.state === 'FAILED' && r.retries > 0,
  deadline: optDate(r.deadline),
  endTime: optDate(r.ended_at),
  errorCode: optString(r.error_code),
  errorMessage: optString(r.error_message),
  customHeaders: Object.fromEntries(Object.entries(parseJsonObject(r.custom_headers)).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
  elementId: r.element_id,
  elementInstanceKey: keyString(r.element_instance_key),
  processInstanceKey: keyString(r.process_instance_key),
  processDefinitionKey: keyString(r.process_definition_key),
  processDefinitionId: r.bpmn_process_id,
  tenantId: tenant(r.tenant_id),
});

const FIELDS = [
  'deadline', 'elementId', 'elementInstanceKey', 'endTime', 'errorCode', 'errorMessage', 'hasFailedWithRetriesLeft', 'jobKey', 'kind',
  'processDefinitionId', 'processDefinitionKey', 'processInstanceKey', 'retries', 'state', 'tenantId', 'type', 'worker',
] as const;

function where(f: Record<string, unknown>): Where {
  checkFields(f, FIELDS, 'jobs');
  const w = new Where();
  if (f.deadline !== undefined && f.deadline !== null) filters.date(w, 'j.deadline', 'deadline', f.deadline);
  if (f.elementId !== undefined) filters.string(w, 'j.element_id', 'elementId', f.elementId);
  if (f.elementInstanceKey !== undefined) filters.key(w, 'j.element_instance_key', 'elementInstanceKey', f.elementInstanceKey);
  if (f.endTime !== undefined) filters.date(w, 'j.ended_at', 'endTime', f.endTime);
  if (f.errorCode !== undefined) filters.string(w, 'j.error_code', 'errorCode', f.errorCode);
  if (f.errorMessage !== undefined) filters.string(w, 'j.error_message', 'errorMessage', f.errorMessage);
  if (f.hasFailedWithRetriesLeft !== undefined) filters.bool(w, `j.state = 'FAILED' AND j.retries > 0`, 'hasFailedWithRetriesLeft', f.hasFailedWithRetriesLeft);
  if (f.jobKey !== undefined) filters.key(w, 'j.key', 'jobKey', f.jobKey);
  if (f.kind !== undefined) filters.enumeration(w, `'BPMN_ELEMENT'`, 'kind', f.kind, ['BPMN_ELEMENT', 'EXECUTION_LISTENER', 'TASK_LISTENER', 'AD_HOC_SUB_PROCESS']);
  if (f.processDefinitionId !== undefined) filters.string(w, 'j.bpmn_process_id', 'processDefinitionId', f.processDefinitionId);
  if (f.processDefinitionKey !== undefined) filters.key(w, 'j.process_definition_key', 'processDefinitionKey', f.processDefinitionKey);
  if (f.processInstanceKey !== undefined) filters.key(w, 'j.process_instance_key', 'processInstanceKey', f.processInstanceKey);
  if (f.retries !== undefined) filters.int(w, 'j.retries', 'retries', f.retries);
  if (f.state !== undefined) filters.enumeration(w, STATE, 'state', f.state, JOB_STATES);
  if (f.tenantId !== undefined) filters.string(w, 'j.tenant_id', 'tenantId', f.tenantId);
  if (f.type !== undefined) filters.string(w, 'j.type', 'type', f.type);
  if (f.worker !== undefined) filters.string(w, 'j.worker', 'worker', f.worker);
  return w;
}

/** POST /v2/jobs/search: the monitor's view of work in flight (deadlines, failures, retries). */
export function searchJobs(db: Database, query: SearchQuery): SearchResult<JobItem> {
  return runSearch<Row, JobItem>(db, query, {
    from: 'jobs j',
    select: 'j.key, j.type, j.state, j.element_instance_key, j.process_instance_key, j.process_definition_key, j.bpmn_process_id, j.element_id, j.retries, j.worker, j.deadline, j.custom_headers, j.error_message, j.error_code, j.tenant_id, j.ended_at',
    where: where(asFilter(query.filter)),
    sortFields: {
      deadline: 'j.deadline', elementId: 'j.element_id', elementInstanceKey: 'j.element_instance_key', endTime: 'j.ended_at', errorCode: 'j.error_code',
      errorMessage: 'j.error_message', jobKey: 'j.key', processDefinitionId: 'j.bpmn_process_id', processDefinitionKey: 'j.process_definition_key',
      processInstanceKey: 'j.process_instance_key', retries: 'j.retries', state: STATE, tenantId: 'j.tenant_id', type: 'j.type', worker: 'j.worker',
    },
    tieBreaker: 'j.key',
    map,
  });
}
