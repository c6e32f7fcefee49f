import type { VariableRow } from './rows';
import { Statements } from './statements';

/** The variables table: one row per scope and name, the value as JSON. Scoping rules live in runtime/variables.ts. */
export class VariableStore {
  constructor(private readonly st: Statements) {}

  /** The variables held by one scope (an element instance, or the process instance's root). */
  ofScope(scopeKey: number): Array<Pick<VariableRow, 'name' | 'value'>> {
    return this.st.all<Pick<VariableRow, 'name' | 'value'>>(`SELECT name, value FROM variables WHERE scope_key = ?`, scopeKey);
  }

  /** One variable's JSON value in one scope, or undefined. */
  get(scopeKey: number, name: string): string | undefined {
    return this.st.one<{ value: string }>(`SELECT value FROM variables WHERE scope_key = ? AND name = ?`, scopeKey, name)?.value;
  }

  /** Whether the scope holds a variable of that name (without reading its value). */
  has(scopeKey: number, name: string): boolean {
    return !!this.st.one(`SELECT 1 AS x FROM variables WHERE scope_key = ? AND name = ?`, scopeKey, name);
  }

  /** Creates the variable or replaces its value (the key of an existing variable stays). */
  upsert(key: number, scopeKey: number, processInstanceKey: number, tenantId: string, name: string, json: string): void {
    this.st.run(
      `INSERT INTO variables (key, name, value, scope_key, process_instance_key, tenant_id) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(scope_key, name) DO UPDATE SET value = excluded.value`,
      key, name, json, scopeKey, processInstanceKey, tenantId,
    );
  }
}
