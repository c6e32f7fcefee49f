import type { Database } from 'better-sqlite3';
import type { IncidentRow } from '../store/rows';
import { notFound } from '../errors';
import { asFilter, checkFields, filters, Where } from './filter';
import { compact, isoDate, keyString, optKey, parseKey, tenant } from './format';
import { runSearch, SearchQuery, SearchResult } from './search';

export const INCIDENT_ERROR_TYPES = [
  'UNSPECIFIED', 'UNKNOWN', 'IO_MAPPING_ERROR', 'JOB_NO_RETRIES', 'EXECUTION_LISTENER_NO_RETRIES', 'TASK_LISTENER_NO_RETRIES',
  'AD_HOC_SUB_PROCESS_NO_RETRIES', 'CONDITION_ERROR', 'EXTRACT_VALUE_ERROR', 'CALLED_ELEMENT_ERROR', 'UNHANDLED_ERROR_EVENT',
  'MESSAGE_SIZE_EXCEEDED', 'CALLED_DECISION_ERROR', 'DECISION_EVALUATION_ERROR', 'FORM_NOT_FOUND', 'RESOURCE_NOT_FOUND',
] as const;
export const INCIDENT_STATES = ['ACTIVE', 'MIGRATED', 'RESOLVED', 'PENDING'] as const;

export interface IncidentItem {
  incidentKey: string;
  processDefinitionKey: string;
  processDefinitionId: string;
  processInstanceKey: string;
  errorType: (typeof INCIDENT_ERROR_TYPES)[number];
  errorMessage: string;
  elementId: string;
  elementInstanceKey: string;
  creationTime: string;
  state: (typeof INCIDENT_STATES)[number];
  jobKey?: string;
  tenantId: string;
}

type Row = IncidentRow;

const SELECT = `inc.key, inc.process_instance_key, inc.process_definition_key, inc.bpmn_process_id, inc.element_id, inc.element_instance_key,
  inc.job_key, inc.error_type, inc.error_message, inc.state, inc.creation_time, inc.tenant_id`;

const map = (r: Row): IncidentItem => compact({
  incidentKey: keyString(r.key),
  processDefinitionKey: keyString(r.process_definition_key),
  processDefinitionId: r.bpmn_process_id,
  processInstanceKey: keyString(r.process_instance_key),
  errorType: (INCIDENT_ERROR_TYPES as readonly string[]).includes(r.error_type) ? (r.error_type as IncidentItem['errorType']) : 'UNKNOWN',
  errorMessage: r.error_message,
  elementId: r.element_id,
  elementInstanceKey: keyString(r.element_instance_key),
  creationTime: isoDate(r.creation_time),
  state: (INCIDENT_STATES as readonly string[]).includes(r.state) ? (r.state as IncidentItem['state']) : 'ACTIVE',
  jobKey: optKey(r.job_key),
  tenantId: tenant(r.tenant_id),
});

const FIELDS = [
  'processDefinitionId', 'errorType', 'errorMessage', 'elementId', 'creationTime', 'state', 'tenantId', 'incidentKey',
  'processDefinitionKey', 'processInstanceKey', 'elementInstanceKey', 'jobKey',
] as const;

function where(f: Record<string, unknown>): Where {
  checkFields(f, FIELDS, 'incidents');
  const w = new Where();
  if (f.processDefinitionId !== undefined) filters.exactString(w, 'inc.bpmn_process_id', 'processDefinitionId', f.processDefinitionId);
  if (f.errorType !== undefined) filters.enumeration(w, 'inc.error_type', 'errorType', f.errorType, INCIDENT_ERROR_TYPES);
  if (f.errorMessage !== undefined) filters.exactString(w, 'inc.error_message', 'errorMessage', f.errorMessage);
  if (f.elementId !== undefined) filters.exactString(w, 'inc.element_id', 'elementId', f.elementId);
  if (f.creationTime !== undefined) filters.date(w, 'inc.creation_time', 'creationTime', f.creationTime);
  if (f.state !== undefined) filters.enumeration(w, 'inc.state', 'state', f.state, INCIDENT_STATES);
  if (f.tenantId !== undefined) filters.exactString(w, 'inc.tenant_id', 'tenantId', f.tenantId);
  if (f.incidentKey !== undefined) filters.key(w, 'inc.key', 'incidentKey', f.incidentKey);
  if (f.processDefinitionKey !== undefined) filters.key(w, 'inc.process_definition_key', 'processDefinitionKey', f.processDefinitionKey);
  if (f.processInstanceKey !== undefined) filters.key(w, 'inc.process_instance_key', 'processInstanceKey', f.processInstanceKey);
  if (f.elementInstanceKey !== undefined) filters.key(w, 'inc.element_instance_key', 'elementInstanceKey', f.elementInstanceKey);
  if (f.jobKey !== undefined) filters.key(w, 'inc.job_key', 'jobKey', f.jobKey);
  return w;
}

export function searchIncidents(db: Database, query: SearchQuery): SearchResult<IncidentItem> {
  return runSearch<Row, IncidentItem>(db, query, {
    from: 'incidents inc',
    select: SELECT,
    where: where(asFilter(query.filter)),
    sortFields: {
      incidentKey: 'inc.key', processDefinitionKey: 'inc.process_definition_key', processDefinitionId: 'inc.bpmn_process_id',
      processInstanceKey: 'inc.process_instance_key', errorType: 'inc.error_type', errorMessage: 'inc.error_message', elementId: 'inc.element_id',
      elementInstanceKey: 'inc.element_instance_key', creationTime: 'inc.creation_time', state: 'inc.state', jobKey: 'inc.job_key', tenantId: 'inc.tenant_id',
    },
    tieBreaker: 'inc.key',
    map,
  });
}

export function getIncident(db: Database, incidentKey: string): IncidentItem {
  const row = db.prepare(`SELECT ${SELECT} FROM incidents inc WHERE inc.key = ?`).get(parseKey(incidentKey, 'incidentKey')) as Row | undefined;
  if (!row) throw notFound(`Incident with key '${incidentKey}' not found`);
  return map(row);
}
