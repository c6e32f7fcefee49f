import type { ProcessInstanceRow } from './rows';
import { Statements } from './statements';

export type NewProcessInstance = Pick<
  ProcessInstanceRow,
  'key' | 'process_definition_key' | 'bpmn_process_id' | 'version' | 'version_tag' | 'start_date' | 'parent_process_instance_key' | 'parent_element_instance_key' | 'root_process_instance_key' | 'tenant_id'
>;

/** The process_instances table: one row per instance, its state and its place in a call hierarchy. */
export class ProcessInstanceStore {
  constructor(private readonly st: Statements) {}

  insert(p: NewProcessInstance): void {
    this.st.run(
      `INSERT INTO process_instances (key, process_definition_key, bpmn_process_id, version, version_tag, state, start_date, parent_process_instance_key, parent_element_instance_key, root_process_instance_key, tenant_id)
       VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)`,
      p.key, p.process_definition_key, p.bpmn_process_id, p.version, p.version_tag, p.start_date, p.parent_process_instance_key, p.parent_element_instance_key, p.root_process_instance_key, p.tenant_id,
    );
  }

  get(key: number): ProcessInstanceRow | undefined {
    return this.st.one<ProcessInstanceRow>(`SELECT * FROM process_instances WHERE key = ?`, key);
  }

  /** The call activity instance that started this instance (null: not a called process). */
  callingElementOf(key: number): number | null {
    return this.st.one<{ parent_element_instance_key: number | null }>(`SELECT parent_element_instance_key FROM process_instances WHERE key = ?`, key)?.parent_element_instance_key ?? null;
  }

  end(key: number, state: 'COMPLETED' | 'TERMINATED', now: number): void {
    this.st.run(`UPDATE process_instances SET state = ?, end_date = ? WHERE key = ?`, state, now, key);
  }

  /** The active instance a call activity instance started, if any. */
  activeChildOf(callActivityInstanceKey: number): number | undefined {
    return this.st.one<{ key: number }>(`SELECT key FROM process_instances WHERE parent_element_instance_key = ? AND state = 'ACTIVE'`, callActivityInstanceKey)?.key;
  }

  /** Migration: the instance now runs another definition. */
  moveToDefinition(key: number, definitionKey: number, bpmnProcessId: string, version: number, versionTag: string | null): void {
    this.st.run(`UPDATE process_instances SET process_definition_key = ?, bpmn_process_id = ?, version = ?, version_tag = ? WHERE key = ?`, definitionKey, bpmnProcessId, version, versionTag, key);
  }
}
