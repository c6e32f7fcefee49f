import type { UserTaskRow } from './rows';
import { Statements } from './statements';

export type NewUserTask = Omit<UserTaskRow, 'state' | 'completion_date'>;

/** Camunda user tasks (zeebe:userTask): created with their element, completed or canceled with it. */
export class UserTaskStore {
  constructor(private readonly st: Statements) {}

  insert(t: NewUserTask): void {
    this.st.run(
      `INSERT INTO user_tasks (key, element_instance_key, process_instance_key, process_definition_key, bpmn_process_id, version, element_id, name, state, assignee, candidate_groups, candidate_users, due_date, follow_up_date, form_key, form_id, external_form_reference, priority, custom_headers, creation_date, tenant_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'CREATED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      t.key, t.element_instance_key, t.process_instance_key, t.process_definition_key, t.bpmn_process_id, t.version, t.element_id, t.name,
      t.assignee, t.candidate_groups, t.candidate_users, t.due_date, t.follow_up_date, t.form_key, t.form_id, t.external_form_reference, t.priority, t.custom_headers, t.creation_date, t.tenant_id,
    );
  }

  get(key: number): UserTaskRow | undefined {
    return this.st.one<UserTaskRow>(`SELECT * FROM user_tasks WHERE key = ?`, key);
  }

  /** The open (CREATED) tasks of an element instance. */
  openOf(elementInstanceKey: number): number[] {
    return this.st.all<{ key: number }>(`SELECT key FROM user_tasks WHERE element_instance_key = ? AND state = 'CREATED'`, elementInstanceKey).map((r) => r.key);
  }

  /** The open tasks of a process instance, oldest first. */
  openOfInstance(processInstanceKey: number): UserTaskRow[] {
    return this.st.all<UserTaskRow>(`SELECT * FROM user_tasks WHERE process_instance_key = ? AND state = 'CREATED' ORDER BY key`, processInstanceKey);
  }

  end(key: number, state: 'COMPLETED' | 'CANCELED', now: number): void {
    this.st.run(`UPDATE user_tasks SET state = ?, completion_date = ? WHERE key = ?`, state, now, key);
  }

  assign(key: number, assignee: string | null): void {
    this.st.run(`UPDATE user_tasks SET assignee = ? WHERE key = ?`, assignee, key);
  }

  setDueDate(key: number, dueDate: number): void {
    this.st.run(`UPDATE user_tasks SET due_date = ? WHERE key = ?`, dueDate, key);
  }

  /** Migration: the open task of an element instance belongs to the target definition's element now. */
  moveToDefinition(elementInstanceKey: number, definitionKey: number, bpmnProcessId: string, version: number, elementId: string): void {
    this.st.run(
      `UPDATE user_tasks SET process_definition_key = ?, bpmn_process_id = ?, version = ?, element_id = ? WHERE element_instance_key = ? AND state = 'CREATED'`,
      definitionKey, bpmnProcessId, version, elementId, elementInstanceKey,
    );
  }
}
