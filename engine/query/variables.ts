import type { Database } from 'better-sqlite3';
import { SHORT_VALUE } from '../store/schema';
import type { VariableRow } from '../store/rows';
import { notFound } from '../errors';
import { asFilter, checkFields, filters, Where } from './filter';
import { keyString, parseKey, tenant } from './format';
import { orderBy, pageList, runSearch, SearchQuery, SearchResult } from './search';

/** Search results carry at most this many characters of a value, as Camunda's default preview size. */
export const VALUE_PREVIEW_LIMIT = 8191;

export interface VariableItem {
  variableKey: string;
  name: string;
  /** The value as JSON text (a string variable arrives quoted). */
  value: string;
  scopeKey: string;
  processInstanceKey: string;
  tenantId: string;
}

export interface VariableSearchItem extends VariableItem {
  isTruncated: boolean;
}

type Row = VariableRow;

const SELECT = 'v.key, v.name, v.value, v.scope_key, v.process_instance_key, v.tenant_id';

const mapFull = (r: Row): VariableItem => ({
  variableKey: keyString(r.key),
  name: r.name,
  value: r.value,
  scopeKey: keyString(r.scope_key),
  processInstanceKey: keyString(r.process_instance_key),
  tenantId: tenant(r.tenant_id),
});

const mapPreview = (r: Row): VariableSearchItem => {
  const truncated = r.value.length > VALUE_PREVIEW_LIMIT;
  return { ...mapFull(r), value: truncated ? r.value.slice(0, VALUE_PREVIEW_LIMIT) : r.value, isTruncated: truncated };
};

const SORT_FIELDS = {
  value: 'v.value', name: 'v.name', tenantId: 'v.tenant_id', variableKey: 'v.key', scopeKey: 'v.scope_key', processInstanceKey: 'v.process_instance_key',
};

const FIELDS = ['name', 'value', 'tenantId', 'isTruncated', 'variableKey', 'scopeKey', 'processInstanceKey'] as const;

function where(f: Record<string, unknown>): Where {
  checkFields(f, FIELDS, 'variables');
  const w = new Where();
  if (f.name !== undefined) filters.string(w, 'v.name', 'name', f.name);
  if (f.value !== undefined) {
    filters.string(w, 'v.value', 'value', f.value);
    // Equal values have equal lengths: saying so lets SQLite use the partial index of short values.
    const equalTo = typeof f.value === 'object' && f.value !== null ? (f.value as { $eq?: unknown }).$eq : f.value;
    if (typeof equalTo === 'string' && [...equalTo].length <= SHORT_VALUE) w.add(`length(v.value) <= ${SHORT_VALUE}`);
  }
  if (f.tenantId !== undefined) filters.exactString(w, 'v.tenant_id', 'tenantId', f.tenantId);
  if (f.isTruncated !== undefined) filters.bool(w, `length(v.value) > ${VALUE_PREVIEW_LIMIT}`, 'isTruncated', f.isTruncated);
  if (f.variableKey !== undefined) filters.key(w, 'v.key', 'variableKey', f.variableKey);
  if (f.scopeKey !== undefined) filters.key(w, 'v.scope_key', 'scopeKey', f.scopeKey);
  if (f.processInstanceKey !== undefined) filters.key(w, 'v.process_instance_key', 'processInstanceKey', f.processInstanceKey);
  return w;
}

export function searchVariables(db: Database, query: SearchQuery): SearchResult<VariableSearchItem> {
  return runSearch<Row, VariableSearchItem>(db, query, {
    from: 'variables v',
    select: SELECT,
    where: where(asFilter(query.filter)),
    sortFields: SORT_FIELDS,
    tieBreaker: 'v.key',
    map: mapPreview,
  });
}

export function getVariable(db: Database, variableKey: string): VariableItem {
  const row = db.prepare(`SELECT ${SELECT} FROM variables v WHERE v.key = ?`).get(parseKey(variableKey, 'variableKey')) as Row | undefined;
  if (!row) throw notFound(`Variable with key '${variableKey}' not found`);
  return mapFull(row);
}

/**
 * Variables a user task sees: its own scope and every enclosing scope up to the process instance,
 * the innermost definition of a name winning (Zeebe's variable shadowing).
 */
export function searchUserTaskVariables(db: Database, userTaskKey: string, query: SearchQuery): SearchResult<VariableSearchItem> {
  const task = db.prepare(`SELECT element_instance_key FROM user_tasks WHERE key = ?`).get(parseKey(userTaskKey, 'userTaskKey')) as { element_instance_key: number } | undefined;
  if (!task) throw notFound(`User task with key '${userTaskKey}' not found`);
  const filter = asFilter(query.filter);
  checkFields(filter, ['name'], 'user task variables');
  const nameFilter = new Where();
  if (filter.name !== undefined) filters.string(nameFilter, 'v.name', 'name', filter.name);
  orderBy(query.sort, SORT_FIELDS, 'v.key'); // same sort rules as the variable search (unknown field → 400)

  const rows = db.prepare(
    `WITH RECURSIVE scopes(key, depth) AS (
       SELECT ?, 0
       UNION ALL
       SELECT ei.flow_scope_key, s.depth + 1 FROM element_instances ei JOIN scopes s ON ei.key = s.key WHERE ei.flow_scope_key IS NOT NULL
     )
     SELECT ${SELECT}, s.depth FROM variables v JOIN scopes s ON v.scope_key = s.key ${nameFilter.empty ? '' : `WHERE ${nameFilter.condition()}`}
     ORDER BY v.name, s.depth`,
  ).all(task.element_instance_key, ...nameFilter.params) as Array<Row & { depth: number }>;
  const visible = new Map<string, Row>();
  for (const r of rows) if (!visible.has(r.name)) visible.set(r.name, r);
  const items = [...visible.values()].map(mapPreview);
  items.sort((a, b) => compareBy(a, b, query.sort ?? []) || Number(BigInt(a.variableKey) - BigInt(b.variableKey)));
  return pageList(items, query);
}

function compareBy(a: VariableSearchItem, b: VariableSearchItem, sort: NonNullable<SearchQuery['sort']>): number {
  for (const s of sort) {
    const field = s.field as keyof VariableSearchItem;
    const av = String(a[field]);
    const bv = String(b[field]);
    const numeric = field === 'variableKey' || field === 'scopeKey' || field === 'processInstanceKey';
    const c = numeric ? Number(BigInt(av) - BigInt(bv)) : av < bv ? -1 : av > bv ? 1 : 0;
    if (c !== 0) return String(s.order ?? 'ASC').toUpperCase() === 'DESC' ? -c : c;
  }
  return 0;
}
