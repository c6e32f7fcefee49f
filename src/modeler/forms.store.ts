import { Inject, Injectable } from '@nestjs/common';
import { APP_DB, AppDb } from '../auth/app-database';

export interface DeployedForm {
  formId: string;
  formKey: string;
  version: number;
  resourceName: string;
  schema: Record<string, unknown>;
}

/**
 * Forms deployed through this API (table `deployed_forms` in app.db). The Camunda 8.8 REST API has no form search,
 * so the analyst's form list is kept here; forms are definitions, not applicant data.
 */
@Injectable()
export class FormsStore {
  constructor(@Inject(APP_DB) private readonly db: AppDb) {
    db.exec(`CREATE TABLE IF NOT EXISTS deployed_forms (
      form_key TEXT PRIMARY KEY,
      form_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      resource_name TEXT NOT NULL,
      schema_json TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS deployed_forms_by_id ON deployed_forms (form_id, version)`);
  }

  save(form: DeployedForm): void {
    this.db
      .prepare('INSERT OR REPLACE INTO deployed_forms (form_key, form_id, version, resource_name, schema_json) VALUES (?, ?, ?, ?, ?)')
      .run(form.formKey, form.formId, form.version, form.resourceName, JSON.stringify(form.schema));
  }

  /** Latest version of each form id. */
  latestAll(): DeployedForm[] {
    const rows = this.db
      .prepare(`SELECT * FROM deployed_forms f WHERE version = (SELECT MAX(version) FROM deployed_forms g WHERE g.form_id = f.form_id) ORDER BY form_id`)
      .all() as Array<Record<string, unknown>>;
    return rows.map(toForm);
  }

  latest(formId: string): DeployedForm | undefined {
    const row = this.db.prepare('SELECT * FROM deployed_forms WHERE form_id = ? ORDER BY version DESC LIMIT 1').get(formId) as Record<string, unknown> | undefined;
    return row && toForm(row);
  }
}

const toForm = (r: Record<string, unknown>): DeployedForm => ({
  formKey: r.form_key as string,
  formId: r.form_id as string,
  version: r.version as number,
  resourceName: r.resource_name as string,
  schema: JSON.parse(r.schema_json as string),
});
