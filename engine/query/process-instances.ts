import type { Database } from 'better-sqlite3';
import type { ProcessInstanceRow } from '../store/rows';
import { invalidArgument, notFound } from '../errors';
import { asFilter, checkFields, filters, Where } from './filter';
import { compact, isoDate, keyString, optDate, optKey, optString, parseKey, tenant } from './format';
import { runSearch, SearchQuery, SearchResult } from './search';

export type ProcessInstanceState = 'ACTIVE' | 'COMPLETED' | 'TERMINATED';

export interface ProcessInstanceItem {
  processInstanceKey: string;
  processDefinitionKey: string;
  processDefinitionId: string;
  processDefinitionName: string;
  processDefinitionVersion: number;
  processDefinitionVersionTag?: string;
  startDate: string;
  endDate?: string;
  state: ProcessInstanceState;
  hasIncident: boolean;
  tenantId: string;
  parentProcessInstanceKey?: string;
  parentElementInstanceKey?: string;
}

/** The instance columns, with the definition's name and the state as the API names it. */
type Row = Omit<ProcessInstanceRow, 'root_process_instance_key' | 'state'> & { pd_name: string | null; state: ProcessInstanceState };

const FROM = 'process_instances pi LEFT JOIN process_definitions pd ON pd.key = pi.process_definition_key';
/**
 * Instances with an open incident are few, but SQLite cannot know: given a process or a state as well, it walked
 * that index through every instance of it (1M) to find none. Only the partial index of those with an incident.
 */
const FROM_WITH_INCIDENT = FROM.replace('process_instances pi', 'process_instances pi INDEXED BY process_instances_with_incident');
// has_incident: the incident store keeps the flag with the incidents (set on raise, recomputed on resolve).
const SELECT = `pi.key, pi.process_definition_key, pi.bpmn_process_id, pd.name AS pd_name, pi.version, COALESCE(pi.version_tag, pd.version_tag) AS version_tag,
  pi.start_date, pi.end_date, pi.state, pi.has_incident, pi.tenant_id, pi.parent_process_instance_key, pi.parent_element_instance_key`;

/** Where a filter field lives: on the instance rows, or on the counters (the fields they are kept by). */
type Columns = Readonly<Record<'processDefinitionId' | 'processDefinitionName' | 'processDefinitionVersion' | 'processDefinitionKey' | 'state' | 'hasIncident' | 'tenantId', string>>;

const ROW_COLUMNS: Columns = {
  processDefinitionId: 'pi.bpmn_process_id', processDefinitionName: 'COALESCE(pd.name, pi.bpmn_process_id)', processDefinitionVersion: 'pi.version',
  processDefinitionKey: 'pi.process_definition_key', state: 'pi.state', hasIncident: 'pi.has_incident = 1', tenantId: 'pi.tenant_id',
};

/**
 * A filter on these fields only is counted from process_instance_counts (the definition's id, name, version and
 * tenant are the definition row's): the monitor's counts per process and state, and the totals of its lists, stay
 * exact at a million instances without reading them.
 */
const COUNTER_FROM = 'process_instance_counts c JOIN process_definitions pd ON pd.key = c.process_definition_key';
const COUNTER_COLUMNS: Columns = {
  processDefinitionId: 'pd.bpmn_process_id', processDefinitionName: 'COALESCE(pd.name, pd.bpmn_process_id)', processDefinitionVersion: 'pd.version',
  processDefinitionKey: 'c.process_definition_key', state: 'c.state', hasIncident: 'c.has_incident = 1', tenantId: 'pd.tenant_id',
};
const COUNTED_FIELDS = Object.keys(COUNTER_COLUMNS);
const STATES = ['ACTIVE', 'COMPLETED', 'TERMINATED'] as const;

const map = (r: Row): ProcessInstanceItem => compact({
  processInstanceKey: keyString(r.key),
  processDefinitionKey: keyString(r.process_definition_key),
  processDefinitionId: r.bpmn_process_id,
  // Camunda shows the process id where the diagram has no name.
  processDefinitionName: r.pd_name ?? r.bpmn_process_id,
  processDefinitionVersion: r.version,
  processDefinitionVersionTag: optString(r.version_tag),
  startDate: isoDate(r.start_date),
  endDate: optDate(r.end_date),
  state: r.state,
  hasIncident: r.has_incident === 1,
  tenantId: tenant(r.tenant_id),
  parentProcessInstanceKey: optKey(r.parent_process_instance_key),
  parentElementInstanceKey: optKey(r.parent_element_instance_key),
});

const FIELDS = [
  'processInstanceKey', 'processDefinitionId', 'processDefinitionName', 'processDefinitionVersion', 'processDefinitionVersionTag',
  'processDefinitionKey', 'parentProcessInstanceKey', 'parentElementInstanceKey', 'startDate', 'endDate', 'state', 'hasIncident',
  'tenantId', 'variables', 'errorMessage', 'hasRetriesLeft', 'elementId', 'elementInstanceState', 'hasElementInstanceIncident', '$or',
] as const;

function where(f: Record<string, unknown>, allowOr = true, col: Columns = ROW_COLUMNS): Where {
  checkFields(f, FIELDS, 'process instances');
  const w = new Where();
  if (f.processInstanceKey !== undefined) filters.key(w, 'pi.key', 'processInstanceKey', f.processInstanceKey);
  if (f.processDefinitionId !== undefined) filters.string(w, col.processDefinitionId, 'processDefinitionId', f.processDefinitionId);
  if (f.processDefinitionName !== undefined) filters.string(w, col.processDefinitionName, 'processDefinitionName', f.processDefinitionName);
  if (f.processDefinitionVersion !== undefined) filters.int(w, col.processDefinitionVersion, 'processDefinitionVersion', f.processDefinitionVersion);
  if (f.processDefinitionVersionTag !== undefined) filters.string(w, 'COALESCE(pi.version_tag, pd.version_tag)', 'processDefinitionVersionTag', f.processDefinitionVersionTag);
  if (f.processDefinitionKey !== undefined) filters.key(w, col.processDefinitionKey, 'processDefinitionKey', f.processDefinitionKey);
  if (f.parentProcessInstanceKey !== undefined) filters.key(w, 'pi.parent_process_instance_key', 'parentProcessInstanceKey', f.parentProcessInstanceKey);
  if (f.parentElementInstanceKey !== undefined) filters.key(w, 'pi.parent_element_instance_key', 'parentElementInstanceKey', f.parentElementInstanceKey);
  if (f.startDate !== undefined) filters.date(w, 'pi.start_date', 'startDate', f.startDate);
  if (f.endDate !== undefined) filters.date(w, 'pi.end_date', 'endDate', f.endDate);
  if (f.state !== undefined) filters.enumeration(w, col.state, 'state', f.state, STATES);
  if (f.hasIncident !== undefined) filters.bool(w, col.hasIncident, 'hasIncident', f.hasIncident);
  if (f.tenantId !== undefined) filters.string(w, col.tenantId, 'tenantId', f.tenantId);
  if (f.variables !== undefined) filters.variables(w, 'v.process_instance_key = pi.key', 'variables', f.variables);
  if (f.errorMessage !== undefined) {
    const inner = new Where();
    filters.string(inner, 'i.error_message', 'errorMessage', f.errorMessage);
    w.add(`EXISTS (SELECT 1 FROM incidents i WHERE i.process_instance_key = pi.key AND i.state = 'ACTIVE' AND ${inner.condition()})`, ...inner.params);
  }
  if (f.hasRetriesLeft !== undefined) {
    filters.bool(w, `EXISTS (SELECT 1 FROM jobs j WHERE j.process_instance_key = pi.key AND j.retries > 0 AND j.state IN ('CREATED', 'ACTIVATED', 'FAILED'))`, 'hasRetriesLeft', f.hasRetriesLeft);
  }
  if (f.elementId !== undefined || f.elementInstanceState !== undefined || f.hasElementInstanceIncident !== undefined) {
    const inner = new Where();
    if (f.elementId !== undefined) filters.string(inner, 'ei.element_id', 'elementId', f.elementId);
    if (f.elementInstanceState !== undefined) filters.enumeration(inner, 'ei.state', 'elementInstanceState', f.elementInstanceState, STATES);
    if (f.hasElementInstanceIncident !== undefined) {
      filters.bool(inner, `EXISTS (SELECT 1 FROM incidents i WHERE i.element_instance_key = ei.key AND i.state = 'ACTIVE')`, 'hasElementInstanceIncident', f.hasElementInstanceIncident);
    }
    w.add(`EXISTS (SELECT 1 FROM element_instances ei WHERE ei.process_instance_key = pi.key AND ${inner.condition()})`, ...inner.params);
  }
  if (f.$or !== undefined) {
    if (!allowOr) throw invalidArgument(`'$or' cannot be nested.`);
    if (!Array.isArray(f.$or)) throw invalidArgument(`Expected '$or' to be an array of filters.`);
    w.any(f.$or.map((branch) => where(asFilter(branch), false)));
  }
  return w;
}

/** The exact total from the counters, when the filter uses only the fields they are kept by. */
function countedTotal(filter: Record<string, unknown>): { sql: string; params: unknown[] } | undefined {
  if (!Object.keys(filter).every((k) => COUNTED_FIELDS.includes(k))) return undefined;
  const w = where(filter, false, COUNTER_COLUMNS);
  return { sql: `SELECT COALESCE(SUM(c.n), 0) AS n FROM ${COUNTER_FROM} ${w.sql()}`, params: w.params };
}

export function searchProcessInstances(db: Database, query: SearchQuery): SearchResult<ProcessInstanceItem> {
  const filter = asFilter(query.filter);
  return runSearch<Row, ProcessInstanceItem>(db, query, {
    // Top-level `hasIncident: true` is a term of the whole WHERE, so the partial index always applies.
    from: filter.hasIncident === true ? FROM_WITH_INCIDENT : FROM,
    select: SELECT,
    where: where(filter),
    exactTotal: countedTotal(filter),
    sortFields: {
      processInstanceKey: 'pi.key', processDefinitionId: 'pi.bpmn_process_id', processDefinitionName: 'COALESCE(pd.name, pi.bpmn_process_id)',
      processDefinitionVersion: 'pi.version', processDefinitionVersionTag: 'COALESCE(pi.version_tag, pd.version_tag)', processDefinitionKey: 'pi.process_definition_key',
      parentProcessInstanceKey: 'pi.parent_process_instance_key', parentElementInstanceKey: 'pi.parent_element_instance_key',
      startDate: 'pi.start_date', endDate: 'pi.end_date', state: 'pi.state', hasIncident: 'pi.has_incident', tenantId: 'pi.tenant_id',
    },
    tieBreaker: 'pi.key',
    map,
  });
}

export function getProcessInstance(db: Database, processInstanceKey: string): ProcessInstanceItem {
  const row = db.prepare(`SELECT ${SELECT} FROM ${FROM} WHERE pi.key = ?`).get(parseKey(processInstanceKey, 'processInstanceKey')) as Row | undefined;
  if (!row) throw notFound(`Process instance with key '${processInstanceKey}' not found`);
  return map(row);
}
