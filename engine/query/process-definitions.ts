import type { Database } from 'better-sqlite3';
import { notFound } from '../errors';
import { asFilter, checkFields, filters, Where } from './filter';
import { compact, keyString, optString, parseKey, tenant } from './format';
import { runSearch, SearchQuery, SearchResult } from './search';

export interface ProcessDefinitionItem {
  processDefinitionKey: string;
  processDefinitionId: string;
  name?: string;
  resourceName: string;
  version: number;
  versionTag?: string;
  tenantId: string;
  hasStartForm: boolean;
}

interface Row {
  key: number;
  bpmn_process_id: string;
  name: string | null;
  resource_name: string;
  version: number;
  version_tag: string | null;
  tenant_id: string;
  has_start_form: number;
}

const SELECT = 'pd.key, pd.bpmn_process_id, pd.name, pd.resource_name, pd.version, pd.version_tag, pd.tenant_id, pd.has_start_form';
const IS_LATEST = `pd.version = (SELECT MAX(p2.version) FROM process_definitions p2 WHERE p2.bpmn_process_id = pd.bpmn_process_id AND p2.tenant_id = pd.tenant_id)`;

const map = (r: Row): ProcessDefinitionItem => compact({
  processDefinitionKey: keyString(r.key),
  processDefinitionId: r.bpmn_process_id,
  name: optString(r.name),
  resourceName: r.resource_name,
  version: r.version,
  versionTag: optString(r.version_tag),
  tenantId: tenant(r.tenant_id),
  hasStartForm: r.has_start_form === 1,
});

const FIELDS = ['name', 'isLatestVersion', 'resourceName', 'version', 'versionTag', 'processDefinitionId', 'tenantId', 'processDefinitionKey', 'hasStartForm'] as const;

function where(filter: Record<string, unknown>): Where {
  checkFields(filter, FIELDS, 'process definitions');
  const w = new Where();
  const f = filter;
  if (f.name !== undefined) filters.string(w, 'pd.name', 'name', f.name);
  if (f.isLatestVersion !== undefined) filters.bool(w, IS_LATEST, 'isLatestVersion', f.isLatestVersion);
  if (f.resourceName !== undefined) filters.exactString(w, 'pd.resource_name', 'resourceName', f.resourceName);
  if (f.version !== undefined) filters.int(w, 'pd.version', 'version', f.version);
  if (f.versionTag !== undefined) filters.exactString(w, 'pd.version_tag', 'versionTag', f.versionTag);
  if (f.processDefinitionId !== undefined) filters.string(w, 'pd.bpmn_process_id', 'processDefinitionId', f.processDefinitionId);
  if (f.tenantId !== undefined) filters.exactString(w, 'pd.tenant_id', 'tenantId', f.tenantId);
  if (f.processDefinitionKey !== undefined) filters.key(w, 'pd.key', 'processDefinitionKey', f.processDefinitionKey);
  if (f.hasStartForm !== undefined) filters.bool(w, 'pd.has_start_form = 1', 'hasStartForm', f.hasStartForm);
  return w;
}

export function searchProcessDefinitions(db: Database, query: SearchQuery): SearchResult<ProcessDefinitionItem> {
  return runSearch<Row, ProcessDefinitionItem>(db, query, {
    from: 'process_definitions pd',
    select: SELECT,
    where: where(asFilter(query.filter)),
    sortFields: {
      processDefinitionKey: 'pd.key', name: 'pd.name', resourceName: 'pd.resource_name', version: 'pd.version',
      versionTag: 'pd.version_tag', processDefinitionId: 'pd.bpmn_process_id', tenantId: 'pd.tenant_id',
    },
    tieBreaker: 'pd.key',
    map,
  });
}

export function getProcessDefinition(db: Database, processDefinitionKey: string): ProcessDefinitionItem {
  const row = db.prepare(`SELECT ${SELECT} FROM process_definitions pd WHERE pd.key = ?`).get(parseKey(processDefinitionKey, 'processDefinitionKey')) as Row | undefined;
  if (!row) throw notFound(`Process definition with key '${processDefinitionKey}' not found`);
  return map(row);
}

export function getProcessDefinitionXml(db: Database, processDefinitionKey: string): string {
  const row = db.prepare(`SELECT xml FROM process_definitions WHERE key = ?`).get(parseKey(processDefinitionKey, 'processDefinitionKey')) as { xml: string } | undefined;
  if (!row) throw notFound(`Process definition with key '${processDefinitionKey}' not found`);
  return row.xml;
}
