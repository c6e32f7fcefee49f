import type { Database } from 'better-sqlite3';
import type { UserTaskRow } from '../store/rows';
import { notFound } from '../errors';
import { asFilter, checkFields, filters, Where } from './filter';
import { compact, isoDate, keyString, optDate, optKey, optString, parseJsonObject, parseJsonStrings, parseKey, tenant } from './format';
import { runSearch, SearchQuery, SearchResult } from './search';

export const USER_TASK_STATES = ['CREATING', 'CREATED', 'ASSIGNING', 'UPDATING', 'COMPLETING', 'COMPLETED', 'CANCELING', 'CANCELED', 'FAILED'] as const;
export type UserTaskState = (typeof USER_TASK_STATES)[number];

export interface UserTaskItem {
  userTaskKey: string;
  name?: string;
  state: UserTaskState;
  assignee?: string;
  elementId: string;
  elementInstanceKey: string;
  candidateGroups: string[];
  candidateUsers: string[];
  processDefinitionId: string;
  processDefinitionKey: string;
  processDefinitionVersion: number;
  processInstanceKey: string;
  processName?: string;
  creationDate: string;
  completionDate?: string;
  dueDate?: string;
  followUpDate?: string;
  formKey?: string;
  externalFormReference?: string;
  customHeaders: Record<string, string>;
  priority: number;
  tenantId: string;
}

/** The task columns, with the process name. */
type Row = Omit<UserTaskRow, 'form_id'> & { process_name: string | null };

const FROM = 'user_tasks ut LEFT JOIN process_definitions pd ON pd.key = ut.process_definition_key';
const SELECT = `ut.key, ut.element_instance_key, ut.process_instance_key, ut.process_definition_key, ut.bpmn_process_id, ut.version, ut.element_id,
  ut.name, ut.state, ut.assignee, ut.candidate_groups, ut.candidate_users, ut.due_date, ut.follow_up_date, ut.form_key, ut.external_form_reference,
  ut.priority, ut.custom_headers, ut.creation_date, ut.completion_date, ut.tenant_id, pd.name AS process_name`;

const stringHeaders = (text: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(parseJsonObject(text))) out[k] = typeof v === 'string' ? v : JSON.stringify(v);
  return out;
};

const map = (r: Row): UserTaskItem => compact({
  userTaskKey: keyString(r.key),
  name: optString(r.name) ?? r.element_id,
  state: (USER_TASK_STATES as readonly string[]).includes(r.state) ? (r.state as UserTaskState) : 'CREATED',
  assignee: optString(r.assignee),
  elementId: r.element_id,
  elementInstanceKey: keyString(r.element_instance_key),
  candidateGroups: parseJsonStrings(r.candidate_groups),
  candidateUsers: parseJsonStrings(r.candidate_users),
  processDefinitionId: r.bpmn_process_id,
  processDefinitionKey: keyString(r.process_definition_key),
  processDefinitionVersion: r.version,
  processInstanceKey: keyString(r.process_instance_key),
  processName: optString(r.process_name) ?? r.bpmn_process_id,
  creationDate: isoDate(r.creation_date),
  completionDate: optDate(r.completion_date),
  dueDate: optDate(r.due_date),
  followUpDate: optDate(r.follow_up_date),
  formKey: optKey(r.form_key),
  externalFormReference: optString(r.external_form_reference),
  customHeaders: stringHeaders(r.custom_headers),
  priority: r.priority,
  tenantId: tenant(r.tenant_id),
});

const FIELDS = [
  'state', 'assignee', 'priority', 'elementId', 'name', 'candidateGroup', 'candidateUser', 'tenantId', 'processDefinitionId', 'creationDate',
  'completionDate', 'followUpDate', 'dueDate', 'processInstanceVariables', 'localVariables', 'userTaskKey', 'processDefinitionKey',
  'processInstanceKey', 'elementInstanceKey',
] as const;

/** Candidate lists are JSON arrays: a member matches when any element satisfies the filter. */
function memberOf(w: Where, column: string, field: string, prop: unknown): void {
  const inner = new Where();
  filters.string(inner, 'je.value', field, prop);
  w.add(`EXISTS (SELECT 1 FROM json_each(${column}) je WHERE ${inner.condition()})`, ...inner.params);
}

function where(f: Record<string, unknown>): Where {
  checkFields(f, FIELDS, 'user tasks');
  const w = new Where();
  if (f.state !== undefined) filters.enumeration(w, 'ut.state', 'state', f.state, USER_TASK_STATES);
  if (f.assignee !== undefined) filters.string(w, 'ut.assignee', 'assignee', f.assignee);
  if (f.priority !== undefined) filters.int(w, 'ut.priority', 'priority', f.priority);
  if (f.elementId !== undefined) filters.exactString(w, 'ut.element_id', 'elementId', f.elementId);
  if (f.name !== undefined) filters.exactString(w, 'COALESCE(ut.name, ut.element_id)', 'name', f.name);
  if (f.candidateGroup !== undefined) memberOf(w, 'ut.candidate_groups', 'candidateGroup', f.candidateGroup);
  if (f.candidateUser !== undefined) memberOf(w, 'ut.candidate_users', 'candidateUser', f.candidateUser);
  if (f.tenantId !== undefined) filters.string(w, 'ut.tenant_id', 'tenantId', f.tenantId);
  if (f.processDefinitionId !== undefined) filters.exactString(w, 'ut.bpmn_process_id', 'processDefinitionId', f.processDefinitionId);
  if (f.creationDate !== undefined) filters.date(w, 'ut.creation_date', 'creationDate', f.creationDate);
  if (f.completionDate !== undefined) filters.date(w, 'ut.completion_date', 'completionDate', f.completionDate);
  if (f.followUpDate !== undefined) filters.date(w, 'ut.follow_up_date', 'followUpDate', f.followUpDate);
  if (f.dueDate !== undefined) filters.date(w, 'ut.due_date', 'dueDate', f.dueDate);
  if (f.processInstanceVariables !== undefined) filters.variables(w, 'v.scope_key = ut.process_instance_key', 'processInstanceVariables', f.processInstanceVariables);
  if (f.localVariables !== undefined) filters.variables(w, 'v.scope_key = ut.element_instance_key', 'localVariables', f.localVariables);
  if (f.userTaskKey !== undefined) filters.key(w, 'ut.key', 'userTaskKey', f.userTaskKey);
  if (f.processDefinitionKey !== undefined) filters.key(w, 'ut.process_definition_key', 'processDefinitionKey', f.processDefinitionKey);
  if (f.processInstanceKey !== undefined) filters.key(w, 'ut.process_instance_key', 'processInstanceKey', f.processInstanceKey);
  if (f.elementInstanceKey !== undefined) filters.key(w, 'ut.element_instance_key', 'elementInstanceKey', f.elementInstanceKey);
  return w;
}

export function searchUserTasks(db: Database, query: SearchQuery): SearchResult<UserTaskItem> {
  return runSearch<Row, UserTaskItem>(db, query, {
    from: FROM,
    select: SELECT,
    where: where(asFilter(query.filter)),
    sortFields: {
      creationDate: 'ut.creation_date', completionDate: 'ut.completion_date', followUpDate: 'ut.follow_up_date', dueDate: 'ut.due_date',
      priority: 'ut.priority', name: 'COALESCE(ut.name, ut.element_id)',
    },
    tieBreaker: 'ut.key',
    map,
  });
}

export function getUserTask(db: Database, userTaskKey: string): UserTaskItem {
  const row = db.prepare(`SELECT ${SELECT} FROM ${FROM} WHERE ut.key = ?`).get(parseKey(userTaskKey, 'userTaskKey')) as Row | undefined;
  if (!row) throw notFound(`User task with key '${userTaskKey}' not found`);
  return map(row);
}
