import type { ElementInstanceRow, IncidentRow } from './rows';
import { Statements } from './statements';

/** Incidents and the process instance's incident flag, kept together. */
export class IncidentStore {
  constructor(private readonly st: Statements) {}

  insert(key: number, ei: ElementInstanceRow, errorType: string, message: string, jobKey: number | null, now: number): void {
    this.st.run(
      `INSERT INTO incidents (key, process_instance_key, process_definition_key, bpmn_process_id, element_id, element_instance_key, job_key, error_type, error_message, state, creation_time, tenant_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)`,
      key, ei.process_instance_key, ei.process_definition_key, ei.bpmn_process_id, ei.element_id, ei.key, jobKey, errorType, message.slice(0, 4000), now, ei.tenant_id,
    );
    this.st.run(`UPDATE process_instances SET has_incident = 1 WHERE key = ?`, ei.process_instance_key);
  }

  get(key: number): IncidentRow | undefined {
    return this.st.one<IncidentRow>(`SELECT * FROM incidents WHERE key = ?`, key);
  }

  activeOf(elementInstanceKey: number): Array<{ key: number }> {
    return this.st.all<{ key: number }>(`SELECT key FROM incidents WHERE element_instance_key = ? AND state = 'ACTIVE'`, elementInstanceKey);
  }

  /** Resolves one incident; the instance keeps its flag while another incident is open. */
  resolve(key: number, processInstanceKey: number, now: number): void {
    this.st.run(`UPDATE incidents SET state = 'RESOLVED', resolved_at = ? WHERE key = ?`, now, key);
    const left = this.st.one<{ n: number }>(`SELECT COUNT(*) AS n FROM incidents WHERE process_instance_key = ? AND state = 'ACTIVE'`, processInstanceKey)!;
    this.st.run(`UPDATE process_instances SET has_incident = ? WHERE key = ?`, left.n > 0 ? 1 : 0, processInstanceKey);
  }

  /** Migration: the open incident of an element instance is on the target definition's element now. */
  moveToDefinition(elementInstanceKey: number, definitionKey: number, bpmnProcessId: string, elementId: string): void {
    this.st.run(
      `UPDATE incidents SET process_definition_key = ?, bpmn_process_id = ?, element_id = ? WHERE element_instance_key = ? AND state = 'ACTIVE'`,
      definitionKey, bpmnProcessId, elementId, elementInstanceKey,
    );
  }
}
