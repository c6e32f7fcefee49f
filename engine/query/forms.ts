import type { Database } from 'better-sqlite3';
import { notFound } from '../errors';
import { keyString, parseJsonObject, parseKey, tenant } from './format';

export interface FormItem {
  formKey: string;
  formId: string;
  version: number;
  tenantId: string;
  /** The form-js schema as a JSON object (the SDK's schema types it as a record). */
  schema: Record<string, unknown>;
}

interface FormRow {
  key: number;
  form_id: string;
  version: number;
  tenant_id: string;
  schema: string;
}

const mapForm = (r: FormRow): FormItem => ({
  formKey: keyString(r.key),
  formId: r.form_id,
  version: r.version,
  tenantId: tenant(r.tenant_id),
  schema: parseJsonObject(r.schema),
});

function latestForm(db: Database, formId: string, tenantId: string): FormRow | undefined {
  return db.prepare(`SELECT key, form_id, version, tenant_id, schema FROM forms WHERE form_id = ? AND tenant_id = ? ORDER BY version DESC LIMIT 1`).get(formId, tenantId) as FormRow | undefined;
}

/** The form linked to a user task: undefined when it has none (REST answers 204). */
export function getUserTaskForm(db: Database, userTaskKey: string): FormItem | undefined {
  const task = db.prepare(`SELECT form_key, form_id, tenant_id FROM user_tasks WHERE key = ?`).get(parseKey(userTaskKey, 'userTaskKey')) as
    { form_key: number | null; form_id: string | null; tenant_id: string } | undefined;
  if (!task) throw notFound(`User task with key '${userTaskKey}' not found`);
  if (task.form_key !== null) {
    const row = db.prepare(`SELECT key, form_id, version, tenant_id, schema FROM forms WHERE key = ?`).get(task.form_key) as FormRow | undefined;
    if (row) return mapForm(row);
  }
  if (task.form_id) {
    const row = latestForm(db, task.form_id, task.tenant_id);
    if (row) return mapForm(row);
  }
  return undefined;
}

/**
 * The start form of a process definition: the `zeebe:formDefinition formId` of its none start
 * event, read from the deployed XML (the schema keeps only the has_start_form flag).
 */
export function getStartProcessForm(db: Database, processDefinitionKey: string): FormItem | undefined {
  const pd = db.prepare(`SELECT xml, tenant_id, has_start_form FROM process_definitions WHERE key = ?`).get(parseKey(processDefinitionKey, 'processDefinitionKey')) as
    { xml: string; tenant_id: string; has_start_form: number } | undefined;
  if (!pd) throw notFound(`Process definition with key '${processDefinitionKey}' not found`);
  const formId = startFormId(pd.xml);
  if (!formId) return undefined;
  const row = latestForm(db, formId, pd.tenant_id);
  return row ? mapForm(row) : undefined;
}

export function startFormId(xml: string): string | undefined {
  const startEvents = xml.match(/<(?:[\w-]+:)?startEvent\b[\s\S]*?(?:\/>|<\/(?:[\w-]+:)?startEvent>)/g) ?? [];
  for (const ev of startEvents) {
    const m = /<(?:[\w-]+:)?formDefinition\b[^>]*\bformId="([^"]+)"/.exec(ev);
    if (m) return m[1];
  }
  return undefined;
}
