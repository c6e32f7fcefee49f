import type { TimerRow } from './rows';
import { Statements } from './statements';

/** A timer to write: where it belongs and when it is due (cycles: repetitions left, -1 = unbounded, and the interval spec). */
export interface NewTimer {
  key: number;
  dueAt: number;
  kind: 'START' | 'INTERMEDIATE' | 'BOUNDARY' | 'EVENT_SUBPROCESS_START' | string;
  elementId: string;
  elementInstanceKey: number | null;
  processInstanceKey: number | null;
  processDefinitionKey: number;
  repetitions: number;
  spec: string | null;
  tenantId: string;
}

/**
 * The timers table (a due-time index served by one scheduler): every statement on it lives here, for
 * the runtime (open, fire, close) and the engine (start timers, the scheduler's due batch).
 */
export class TimerStore {
  constructor(private readonly st: Statements) {}

  insert(t: NewTimer): void {
    this.st.run(
      `INSERT INTO timers (key, due_at, kind, element_id, element_instance_key, process_instance_key, process_definition_key, repetitions, spec, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      t.key, t.dueAt, t.kind, t.elementId, t.elementInstanceKey, t.processInstanceKey, t.processDefinitionKey, t.repetitions, t.spec, t.tenantId,
    );
  }

  delete(key: number): void {
    this.st.run(`DELETE FROM timers WHERE key = ?`, key);
  }

  deleteOwnedBy(elementInstanceKey: number, kind?: string): void {
    if (kind) this.st.run(`DELETE FROM timers WHERE element_instance_key = ? AND kind = ?`, elementInstanceKey, kind);
    else this.st.run(`DELETE FROM timers WHERE element_instance_key = ?`, elementInstanceKey);
  }

  /** A new version replaces the timer start events of the other versions of its process. */
  deleteStartTimersOfOtherVersions(bpmnProcessId: string, tenantId: string, keepDefinitionKey: number): void {
    this.st.run(
      `DELETE FROM timers WHERE kind = 'START' AND process_definition_key IN (SELECT key FROM process_definitions WHERE bpmn_process_id = ? AND tenant_id = ? AND key <> ?)`,
      bpmnProcessId, tenantId, keepDefinitionKey,
    );
  }

  due(now: number, limit: number): TimerRow[] {
    return this.st.all<TimerRow>(`SELECT * FROM timers WHERE due_at <= ? ORDER BY due_at, key LIMIT ?`, now, limit);
  }

  /** Open date timers (no cycle) of element instances of a process instance, oldest first. */
  openDateTimersOf(processInstanceKey: number): TimerRow[] {
    return this.st.all<TimerRow>(`SELECT * FROM timers WHERE process_instance_key = ? AND kind <> 'START' AND spec IS NULL ORDER BY key`, processInstanceKey);
  }

  /** Moves a timer to another due time (a failed firing tried later, a date re-evaluated). */
  postpone(key: number, dueAt: number): void {
    this.st.run(`UPDATE timers SET due_at = ? WHERE key = ?`, dueAt, key);
  }

  nextDue(): number | null {
    return this.st.one<{ t: number | null }>(`SELECT MIN(due_at) AS t FROM timers`)?.t ?? null;
  }

  /** Migration: the timers of an element instance belong to the target definition, their events renamed. */
  moveToDefinition(elementInstanceKey: number, definitionKey: number, rename: (elementId: string) => string): void {
    for (const t of this.st.all<{ key: number; element_id: string }>(`SELECT key, element_id FROM timers WHERE element_instance_key = ?`, elementInstanceKey)) {
      this.st.run(`UPDATE timers SET process_definition_key = ?, element_id = ? WHERE key = ?`, definitionKey, rename(t.element_id), t.key);
    }
  }
}
