import type { Database } from 'better-sqlite3';
import { notFound } from '../errors';
import { asFilter, checkFields, filters, Where } from './filter';
import { compact, isoDate, keyString, optKey, parseKey, tenant } from './format';
import { runSearch, SearchQuery, SearchResult } from './search';

/** Camunda 8.8 decision definitions, decision requirements and decision instances over the engine's tables. */
export interface DecisionDefinitionItem {
  decisionDefinitionKey: string;
  decisionDefinitionId: string;
  name: string;
  version: number;
  decisionRequirementsId: string;
  decisionRequirementsKey: string;
  tenantId: string;
}

interface DefinitionRow {
  key: number;
  decision_id: string;
  name: string;
  version: number;
  drg_id: string;
  drg_key: number;
  tenant_id: string;
}

const mapDefinition = (r: DefinitionRow): DecisionDefinitionItem => ({
  decisionDefinitionKey: keyString(r.key),
  decisionDefinitionId: r.decision_id,
  name: r.name,
  version: r.version,
  decisionRequirementsId: r.drg_id,
  decisionRequirementsKey: keyString(r.drg_key),
  tenantId: tenant(r.tenant_id),
});

const DEFINITION_FIELDS = ['decisionDefinitionId', 'name', 'version', 'decisionRequirementsId', 'tenantId', 'decisionDefinitionKey', 'decisionRequirementsKey'] as const;

export function searchDecisionDefinitions(db: Database, query: SearchQuery): SearchResult<DecisionDefinitionItem> {
  const f = asFilter(query.filter);
  checkFields(f, DEFINITION_FIELDS, 'decision definitions');
  const w = new Where();
  if (f.decisionDefinitionId !== undefined) filters.exactString(w, 'dd.decision_id', 'decisionDefinitionId', f.decisionDefinitionId);
  if (f.name !== undefined) filters.exactString(w, 'dd.name', 'name', f.name);
  if (f.version !== undefined) filters.int(w, 'dd.version', 'version', f.version);
  if (f.decisionRequirementsId !== undefined) filters.exactString(w, 'dd.drg_id', 'decisionRequirementsId', f.decisionRequirementsId);
  if (f.tenantId !== undefined) filters.exactString(w, 'dd.tenant_id', 'tenantId', f.tenantId);
  if (f.decisionDefinitionKey !== undefined) filters.key(w, 'dd.key', 'decisionDefinitionKey', f.decisionDefinitionKey);
  if (f.decisionRequirementsKey !== undefined) filters.key(w, 'dd.drg_key', 'decisionRequirementsKey', f.decisionRequirementsKey);
  return runSearch<DefinitionRow, DecisionDefinitionItem>(db, query, {
    from: 'decision_definitions dd',
    select: 'dd.key, dd.decision_id, dd.name, dd.version, dd.drg_id, dd.drg_key, dd.tenant_id',
    where: w,
    sortFields: {
      decisionDefinitionKey: 'dd.key', decisionDefinitionId: 'dd.decision_id', name: 'dd.name', version: 'dd.version',
      decisionRequirementsId: 'dd.drg_id', decisionRequirementsKey: 'dd.drg_key', tenantId: 'dd.tenant_id',
    },
    tieBreaker: 'dd.key',
    map: mapDefinition,
  });
}

export function getDecisionDefinition(db: Database, key: string): DecisionDefinitionItem {
  const row = db.prepare(`SELECT * FROM decision_definitions WHERE key = ?`).get(parseKey(key, 'decisionDefinitionKey')) as DefinitionRow | undefined;
  if (!row) throw notFound(`Decision definition with key '${key}' not found`);
  return mapDefinition(row);
}

/** The XML of the DRG the decision belongs to, as Camunda returns it. */
export function getDecisionDefinitionXml(db: Database, key: string): string {
  const row = db.prepare(`SELECT r.xml FROM decision_definitions d JOIN decision_requirements r ON r.key = d.drg_key WHERE d.key = ?`).get(parseKey(key, 'decisionDefinitionKey')) as { xml: string } | undefined;
  if (!row) throw notFound(`Decision definition with key '${key}' not found`);
  return row.xml;
}

export interface DecisionRequirementsItem {
  decisionRequirementsKey: string;
  decisionRequirementsId: string;
  decisionRequirementsName: string;
  version: number;
  resourceName: string;
  tenantId: string;
}

interface RequirementsRow {
  key: number;
  drg_id: string;
  name: string;
  version: number;
  resource_name: string;
  tenant_id: string;
}

const mapRequirements = (r: RequirementsRow): DecisionRequirementsItem => ({
  decisionRequirementsKey: keyString(r.key),
  decisionRequirementsId: r.drg_id,
  decisionRequirementsName: r.name,
  version: r.version,
  resourceName: r.resource_name,
  tenantId: tenant(r.tenant_id),
});

export function searchDecisionRequirements(db: Database, query: SearchQuery): SearchResult<DecisionRequirementsItem> {
  const f = asFilter(query.filter);
  checkFields(f, ['decisionRequirementsKey', 'decisionRequirementsId', 'decisionRequirementsName', 'version', 'tenantId', 'resourceName'], 'decision requirements');
  const w = new Where();
  if (f.decisionRequirementsKey !== undefined) filters.key(w, 'r.key', 'decisionRequirementsKey', f.decisionRequirementsKey);
  if (f.decisionRequirementsId !== undefined) filters.exactString(w, 'r.drg_id', 'decisionRequirementsId', f.decisionRequirementsId);
  if (f.decisionRequirementsName !== undefined) filters.exactString(w, 'r.name', 'decisionRequirementsName', f.decisionRequirementsName);
  if (f.version !== undefined) filters.int(w, 'r.version', 'version', f.version);
  if (f.tenantId !== undefined) filters.exactString(w, 'r.tenant_id', 'tenantId', f.tenantId);
  if (f.resourceName !== undefined) filters.exactString(w, 'r.resource_name', 'resourceName', f.resourceName);
  return runSearch<RequirementsRow, DecisionRequirementsItem>(db, query, {
    from: 'decision_requirements r',
    select: 'r.key, r.drg_id, r.name, r.version, r.resource_name, r.tenant_id',
    where: w,
    sortFields: { decisionRequirementsKey: 'r.key', decisionRequirementsId: 'r.drg_id', decisionRequirementsName: 'r.name', version: 'r.version', tenantId: 'r.tenant_id' },
    tieBreaker: 'r.key',
    map: mapRequirements,
  });
}

export function getDecisionRequirementsXml(db: Database, key: string): string {
  const row = db.prepare(`SELECT xml FROM decision_requirements WHERE key = ?`).get(parseKey(key, 'decisionRequirementsKey')) as { xml: string } | undefined;
  if (!row) throw notFound(`Decision requirements with key '${key}' not found`);
  return row.xml;
}

export interface DecisionInstanceItem {
  decisionEvaluationInstanceKey: string;
  decisionEvaluationKey: string;
  state: 'EVALUATED' | 'FAILED';
  evaluationDate: string;
  evaluationFailure?: string;
  decisionDefinitionId: string;
  decisionDefinitionName: string;
  decisionDefinitionVersion: number;
  decisionDefinitionType: string;
  decisionDefinitionKey: string;
  result: string;
  tenantId: string;
  processDefinitionKey?: string;
  processInstanceKey?: string;
  elementInstanceKey?: string;
}

interface InstanceRow {
  key: number;
  evaluation_key: number;
  decision_definition_key: number;
  decision_id: string;
  decision_name: string;
  version: number;
  decision_type: string;
  state: 'EVALUATED' | 'FAILED';
  evaluation_date: number;
  evaluation_failure: string | null;
  result: string | null;
  process_definition_key: number | null;
  process_instance_key: number | null;
  element_instance_key: number | null;
  tenant_id: string;
}

const mapInstance = (r: InstanceRow): DecisionInstanceItem => compact({
  decisionEvaluationInstanceKey: keyString(r.key),
  decisionEvaluationKey: keyString(r.evaluation_key),
  state: r.state,
  evaluationDate: isoDate(r.evaluation_date),
  evaluationFailure: r.evaluation_failure ?? undefined,
  decisionDefinitionId: r.decision_id,
  decisionDefinitionName: r.decision_name,
  decisionDefinitionVersion: r.version,
  decisionDefinitionType: r.decision_type,
  decisionDefinitionKey: keyString(r.decision_definition_key),
  result: r.result ?? 'null',
  tenantId: tenant(r.tenant_id),
  processDefinitionKey: optKey(r.process_definition_key),
  processInstanceKey: optKey(r.process_instance_key),
  elementInstanceKey: optKey(r.element_instance_key),
});

const INSTANCE_SELECT = 'i.key, i.evaluation_key, i.decision_definition_key, i.decision_id, i.decision_name, i.version, i.decision_type, i.state, i.evaluation_date, i.evaluation_failure, i.result, i.process_definition_key, i.process_instance_key, i.element_instance_key, i.tenant_id';

export function searchDecisionInstances(db: Database, query: SearchQuery): SearchResult<DecisionInstanceItem> {
  const f = asFilter(query.filter);
  checkFields(f, ['decisionEvaluationInstanceKey', 'decisionEvaluationKey', 'state', 'evaluationFailure', 'evaluationDate', 'decisionDefinitionId', 'decisionDefinitionName', 'decisionDefinitionVersion', 'decisionDefinitionType', 'tenantId', 'processDefinitionKey', 'processInstanceKey', 'decisionDefinitionKey', 'elementInstanceKey'], 'decision instances');
  const w = new Where();
  if (f.decisionEvaluationInstanceKey !== undefined) filters.key(w, 'i.key', 'decisionEvaluationInstanceKey', f.decisionEvaluationInstanceKey);
  if (f.decisionEvaluationKey !== undefined) filters.key(w, 'i.evaluation_key', 'decisionEvaluationKey', f.decisionEvaluationKey);
  if (f.state !== undefined) filters.enumeration(w, 'i.state', 'state', f.state, ['EVALUATED', 'FAILED']);
  if (f.evaluationFailure !== undefined) filters.exactString(w, 'i.evaluation_failure', 'evaluationFailure', f.evaluationFailure);
  if (f.evaluationDate !== undefined) filters.date(w, 'i.evaluation_date', 'evaluationDate', f.evaluationDate);
  if (f.decisionDefinitionId !== undefined) filters.exactString(w, 'i.decision_id', 'decisionDefinitionId', f.decisionDefinitionId);
  if (f.decisionDefinitionName !== undefined) filters.exactString(w, 'i.decision_name', 'decisionDefinitionName', f.decisionDefinitionName);
  if (f.decisionDefinitionVersion !== undefined) filters.int(w, 'i.version', 'decisionDefinitionVersion', f.decisionDefinitionVersion);
  if (f.decisionDefinitionType !== undefined) filters.enumeration(w, 'i.decision_type', 'decisionDefinitionType', f.decisionDefinitionType, ['DECISION_TABLE', 'LITERAL_EXPRESSION']);
  if (f.tenantId !== undefined) filters.exactString(w, 'i.tenant_id', 'tenantId', f.tenantId);
  if (f.processDefinitionKey !== undefined) filters.key(w, 'i.process_definition_key', 'processDefinitionKey', f.processDefinitionKey);
  if (f.processInstanceKey !== undefined) filters.key(w, 'i.process_instance_key', 'processInstanceKey', f.processInstanceKey);
  if (f.decisionDefinitionKey !== undefined) filters.key(w, 'i.decision_definition_key', 'decisionDefinitionKey', f.decisionDefinitionKey);
  if (f.elementInstanceKey !== undefined) filters.key(w, 'i.element_instance_key', 'elementInstanceKey', f.elementInstanceKey);
  return runSearch<InstanceRow, DecisionInstanceItem>(db, query, {
    from: 'decision_instances i',
    select: INSTANCE_SELECT,
    where: w,
    sortFields: {
      decisionEvaluationInstanceKey: 'i.key', decisionEvaluationKey: 'i.evaluation_key', state: 'i.state', evaluationDate: 'i.evaluation_date',
      decisionDefinitionId: 'i.decision_id', decisionDefinitionName: 'i.decision_name', decisionDefinitionVersion: 'i.version', tenantId: 'i.tenant_id',
      processInstanceKey: 'i.process_instance_key', decisionDefinitionKey: 'i.decision_definition_key',
    },
    tieBreaker: 'i.key',
    map: mapInstance,
  });
}

export function getDecisionInstance(db: Database, key: string): DecisionInstanceItem {
  const row = db.prepare(`SELECT ${INSTANCE_SELECT.replace(/i\./g, '')} FROM decision_instances WHERE key = ?`).get(parseKey(key, 'decisionEvaluationInstanceKey')) as InstanceRow | undefined;
  if (!row) throw notFound(`Decision instance with key '${key}' not found`);
  return mapInstance(row);
}
