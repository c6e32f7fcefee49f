import { Statements } from './statements';

/** A completed activity with a compensation handler, waiting for a compensation throw of its scope. */
export interface CompensationSubscriptionRow {
  key: number;
  process_instance_key: number;
  scope_key: number;
  element_instance_key: number;
  element_id: string;
  handler_id: string;
  tenant_id: string;
}

/** The compensation_subscriptions table (runtime/elements/compensation.ts says when they come and go). */
export class CompensationStore {
  constructor(private readonly st: Statements) {}

  insert(s: CompensationSubscriptionRow, now: number): void {
    this.st.run(
      `INSERT INTO compensation_subscriptions (key, process_instance_key, scope_key, element_instance_key, element_id, handler_id, tenant_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      s.key, s.process_instance_key, s.scope_key, s.element_instance_key, s.element_id, s.handler_id, s.tenant_id, now,
    );
  }

  /** The subscriptions left in a scope, oldest first; with `elementId`, only those of that activity. */
  inScope(scopeKey: number, elementId?: string): CompensationSubscriptionRow[] {
    if (elementId === undefined) return this.st.all<CompensationSubscriptionRow>(`SELECT * FROM compensation_subscriptions WHERE scope_key = ? ORDER BY key`, scopeKey);
    return this.st.all<CompensationSubscriptionRow>(`SELECT * FROM compensation_subscriptions WHERE scope_key = ? AND element_id = ? ORDER BY key`, scopeKey, elementId);
  }

  delete(key: number): void {
    this.st.run(`DELETE FROM compensation_subscriptions WHERE key = ?`, key);
  }

  deleteOfInstance(processInstanceKey: number): void {
    this.st.run(`DELETE FROM compensation_subscriptions WHERE process_instance_key = ?`, processInstanceKey);
  }
}
