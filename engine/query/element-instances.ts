import type { Database } from 'better-sqlite3';
import type { ElementInstanceRow } from '../store/rows';
import { notFound } from '../errors';
import { asFilter, checkFields, filters, Where } from './filter';
import { compact, isoDate, keyString, optDate, optKey, parseKey, tenant } from './format';
import { runSearch, SearchQuery, SearchResult } from './search';

export const ELEMENT_TYPES = [
  'UNSPECIFIED', 'PROCESS', 'SUB_PROCESS', 'EVENT_SUB_PROCESS', 'AD_HOC_SUB_PROCESS', 'AD_HOC_SUB_PROCESS_INNER_INSTANCE', 'START_EVENT',
  'INTERMEDIATE_CATCH_EVENT', 'INTERMEDIATE_THROW_EVENT', 'BOUNDARY_EVENT', 'END_EVENT', 'SERVICE_TASK', 'RECEIVE_TASK', 'USER_TASK',
  'MANUAL_TASK', 'TASK', 'EXCLUSIVE_GATEWAY', 'INCLUSIVE_GATEWAY', 'PARALLEL_GATEWAY', 'EVENT_BASED_GATEWAY', 'SEQUENCE_FLOW',
  'MULTI_INSTANCE_BODY', 'CALL_ACTIVITY', 'BUSINESS_RULE_TASK', 'SCRIPT_TASK', 'SEND_TASK', 'UNKNOWN',
] as const;
export type ElementInstanceType = (typeof ELEMENT_TYPES)[number];

export interface ElementInstanceItem {
  elementInstanceKey: string;
  processInstanceKey: string;
  processDefinitionKey: string;
  processDefinitionId: string;
  elementId: string;
  elementName: string;
  type: ElementInstanceType;
  state: 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
  startDate: string;
  endDate?: string;
  hasIncident: boolean;
  incidentKey?: string;
  tenantId: string;
}

/** The columns the searches select, plus the incident flag of the instance. */
type Row = Omit<ElementInstanceRow, 'flow_scope_key' | 'runtime' | 'state'> & { state: ElementInstanceItem['state']; has_incident: number };

const HAS_INCIDENT = `EXISTS (SELECT 1 FROM incidents i WHERE i.element_instance_key = ei.key AND i.state = 'ACTIVE')`;
const SELECT = `ei.key, ei.process_instance_key, ei.process_definition_key, ei.bpmn_process_id, ei.element_id, ei.element_name, ei.type, ei.state,
  ei.start_date, ei.end_date, ${HAS_INCIDENT} AS has_incident, ei.incident_key, ei.tenant_id`;
const STATES = ['ACTIVE', 'COMPLETED', 'TERMINATED'] as const;

const map = (r: Row): ElementInstanceItem => compact({
  elementInstanceKey: keyString(r.key),
  processInstanceKey: keyString(r.process_instance_key),
  processDefinitionKey: keyString(r.process_definition_key),
  processDefinitionId: r.bpmn_process_id,
  elementId: r.element_id,
  // Camunda falls back to the element id for unnamed elements.
  elementName: r.element_name ?? r.element_id,
  type: (ELEMENT_TYPES as readonly string[]).includes(r.type) ? (r.type as ElementInstanceType) : 'UNKNOWN',
  state: r.state,
  startDate: isoDate(r.start_date),
  endDate: optDate(r.end_date),
  hasIncident: r.has_incident === 1,
  incidentKey: optKey(r.incident_key),
  tenantId: tenant(r.tenant_id),
});

const FIELDS = [
  'processDefinitionId', 'state', 'type', 'elementId', 'elementName', 'hasIncident', 'tenantId', 'elementInstanceKey', 'processInstanceKey',
  'processDefinitionKey', 'incidentKey', 'startDate', 'endDate', 'elementInstanceScopeKey',
] as const;

/**
 * The process itself is not a flow-node instance in Camunda's read model (it is the process
 * instance); the engine keeps a PROCESS row as the root scope, which the element API leaves out.
 */
const FLOW_NODES = `ei.type <> 'PROCESS'`;

function where(f: Record<string, unknown>): Where {
  checkFields(f, FIELDS, 'element instances');
  const w = new Where().add(FLOW_NODES);
  if (f.processDefinitionId !== undefined) filters.exactString(w, 'ei.bpmn_process_id', 'processDefinitionId', f.processDefinitionId);
  if (f.state !== undefined) filters.enumeration(w, 'ei.state', 'state', f.state, STATES);
  if (f.type !== undefined) filters.enumeration(w, 'ei.type', 'type', f.type, ELEMENT_TYPES);
  if (f.elementId !== undefined) filters.exactString(w, 'ei.element_id', 'elementId', f.elementId);
  if (f.elementName !== undefined) filters.exactString(w, 'COALESCE(ei.element_name, ei.element_id)', 'elementName', f.elementName);
  if (f.hasIncident !== undefined) filters.bool(w, HAS_INCIDENT, 'hasIncident', f.hasIncident);
  if (f.tenantId !== undefined) filters.exactString(w, 'ei.tenant_id', 'tenantId', f.tenantId);
  if (f.elementInstanceKey !== undefined) filters.key(w, 'ei.key', 'elementInstanceKey', f.elementInstanceKey);
  if (f.processInstanceKey !== undefined) filters.key(w, 'ei.process_instance_key', 'processInstanceKey', f.processInstanceKey);
  if (f.processDefinitionKey !== undefined) filters.key(w, 'ei.process_definition_key', 'processDefinitionKey', f.processDefinitionKey);
  if (f.incidentKey !== undefined) filters.key(w, 'ei.incident_key', 'incidentKey', f.incidentKey);
  if (f.startDate !== undefined) filters.date(w, 'ei.start_date', 'startDate', f.startDate);
  if (f.endDate !== undefined) filters.date(w, 'ei.end_date', 'endDate', f.endDate);
  if (f.elementInstanceScopeKey !== undefined) filters.key(w, 'ei.flow_scope_key', 'elementInstanceScopeKey', f.elementInstanceScopeKey);
  return w;
}

export function searchElementInstances(db: Database, query: SearchQuery): SearchResult<ElementInstanceItem> {
  return runSearch<Row, ElementInstanceItem>(db, query, {
    from: 'element_instances ei',
    select: SELECT,
    where: where(asFilter(query.filter)),
    sortFields: {
      elementInstanceKey: 'ei.key', processInstanceKey: 'ei.process_instance_key', processDefinitionKey: 'ei.process_definition_key',
      processDefinitionId: 'ei.bpmn_process_id', startDate: 'ei.start_date', endDate: 'ei.end_date', elementId: 'ei.element_id',
      elementName: 'COALESCE(ei.element_name, ei.element_id)', type: 'ei.type', state: 'ei.state', incidentKey: 'ei.incident_key', tenantId: 'ei.tenant_id',
    },
    tieBreaker: 'ei.key',
    map,
  });
}

export function getElementInstance(db: Database, elementInstanceKey: string): ElementInstanceItem {
  const row = db.prepare(`SELECT ${SELECT} FROM element_instances ei WHERE ei.key = ? AND ${FLOW_NODES}`).get(parseKey(elementInstanceKey, 'elementInstanceKey')) as Row | undefined;
  if (!row) throw notFound(`Element instance with key '${elementInstanceKey}' not found`);
  return map(row);
}
