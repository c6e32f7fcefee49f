import type { ElementInstanceRow } from './rows';
import { Statements } from './statements';

/**
 * The element_instances table. The interpreter keeps the rows of a command in memory and writes an
 * instance created by the command once, in its final state (insert); the write methods below bring a
 * row that already exists up to date with the in-memory one.
 */
export class ElementInstanceStore {
  constructor(private readonly st: Statements) {}

  get(key: number): ElementInstanceRow | undefined {
    return this.st.one<ElementInstanceRow>(`SELECT * FROM element_instances WHERE key = ?`, key);
  }

  activeChildren(scopeKey: number): ElementInstanceRow[] {
    return this.st.all<ElementInstanceRow>(`SELECT * FROM element_instances WHERE flow_scope_key = ? AND state = 'ACTIVE' ORDER BY key`, scopeKey);
  }

  /** Completed sub-process and multi-instance body instances of a scope (compensation reaches into them). */
  completedScopes(scopeKey: number, elementId?: string): number[] {
    const sql = `SELECT key FROM element_instances WHERE flow_scope_key = ? AND state = 'COMPLETED' AND type IN ('SUB_PROCESS', 'MULTI_INSTANCE_BODY')${elementId ? ' AND element_id = ?' : ''} ORDER BY key`;
    return this.st.all<{ key: number }>(sql, ...(elementId ? [scopeKey, elementId] : [scopeKey])).map((r) => r.key);
  }

  /** The active element instances of a process instance (its root included), oldest first. */
  activeOfProcess(processInstanceKey: number): ElementInstanceRow[] {
    return this.st.all<ElementInstanceRow>(`SELECT * FROM element_instances WHERE process_instance_key = ? AND state = 'ACTIVE' ORDER BY key`, processInstanceKey);
  }

  /** The active instances of one element of a process instance (multi-instance bodies left out). */
  activeOfElement(processInstanceKey: number, elementId: string): ElementInstanceRow[] {
    return this.st.all<ElementInstanceRow>(
      `SELECT * FROM element_instances WHERE process_instance_key = ? AND element_id = ? AND state = 'ACTIVE' AND type <> 'MULTI_INSTANCE_BODY'`,
      processInstanceKey, elementId,
    );
  }

  hasActiveChild(scopeKey: number): boolean {
    return !!this.st.one(`SELECT 1 AS x FROM element_instances WHERE flow_scope_key = ? AND state = 'ACTIVE' LIMIT 1`, scopeKey);
  }

  insert(r: ElementInstanceRow): void {
    this.st.run(
      `INSERT INTO element_instances (key, process_instance_key, process_definition_key, bpmn_process_id, element_id, element_name, type, state, flow_scope_key, start_date, end_date, incident_key, tenant_id, runtime)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      r.key, r.process_instance_key, r.process_definition_key, r.bpmn_process_id, r.element_id, r.element_name, r.type, r.state, r.flow_scope_key, r.start_date, r.end_date, r.incident_key, r.tenant_id, r.runtime,
    );
  }

  writeRuntime(r: ElementInstanceRow): void {
    this.st.run(`UPDATE element_instances SET runtime = ? WHERE key = ?`, r.runtime, r.key);
  }

  writeState(r: ElementInstanceRow): void {
    this.st.run(`UPDATE element_instances SET state = ?, end_date = ? WHERE key = ?`, r.state, r.end_date, r.key);
  }

  writeIncident(r: ElementInstanceRow): void {
    this.st.run(`UPDATE element_instances SET incident_key = ? WHERE key = ?`, r.incident_key, r.key);
  }

  /** Migration: the instance runs the target definition's element now. */
  moveToDefinition(key: number, definitionKey: number, bpmnProcessId: string, elementId: string, elementName: string | null): void {
    this.st.run(`UPDATE element_instances SET process_definition_key = ?, bpmn_process_id = ?, element_id = ?, element_name = ? WHERE key = ?`, definitionKey, bpmnProcessId, elementId, elementName, key);
  }
}
