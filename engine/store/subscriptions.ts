import type { SignalSubscriptionRow, SubscriptionRow } from './rows';
import { Statements } from './statements';

/** Who a subscription belongs to: an element instance (boundary, catch, event sub-process start), or a definition (start events). */
export interface SubscriptionOwner {
  elementInstanceKey: number | null;
  processInstanceKey: number | null;
  processDefinitionKey: number;
  bpmnProcessId: string;
  tenantId: string;
}

/** Message and signal subscriptions: every statement that writes them, for the runtime and the deployment. */
export class SubscriptionStore {
  constructor(private readonly st: Statements) {}

  insertMessage(key: number, name: string, correlationKey: string, elementId: string, owner: SubscriptionOwner, interrupting: boolean, now: number): void {
    this.st.run(
      `INSERT INTO message_subscriptions (key, message_name, correlation_key, element_id, element_instance_key, process_instance_key, process_definition_key, bpmn_process_id, interrupting, tenant_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      key, name, correlationKey, elementId, owner.elementInstanceKey, owner.processInstanceKey, owner.processDefinitionKey, owner.bpmnProcessId, interrupting ? 1 : 0, owner.tenantId, now,
    );
  }

  insertSignal(key: number, name: string, elementId: string, owner: SubscriptionOwner, interrupting: boolean, now: number): void {
    this.st.run(
      `INSERT INTO signal_subscriptions (key, signal_name, element_id, element_instance_key, process_instance_key, process_definition_key, bpmn_process_id, interrupting, tenant_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      key, name, elementId, owner.elementInstanceKey, owner.processInstanceKey, owner.processDefinitionKey, owner.bpmnProcessId, interrupting ? 1 : 0, owner.tenantId, now,
    );
  }

  message(key: number): SubscriptionRow | undefined {
    return this.st.one<SubscriptionRow>(`SELECT * FROM message_subscriptions WHERE key = ?`, key);
  }

  /** The message subscriptions a message of this name and key reaches, oldest first. */
  messagesFor(name: string, correlationKey: string, tenantId: string): SubscriptionRow[] {
    return this.st.all<SubscriptionRow>(`SELECT * FROM message_subscriptions WHERE message_name = ? AND correlation_key = ? AND tenant_id = ? ORDER BY key`, name, correlationKey, tenantId);
  }

  /** The signal subscriptions of a name in a tenant, oldest first (start events included). */
  signalsFor(name: string, tenantId: string): SignalSubscriptionRow[] {
    return this.st.all<SignalSubscriptionRow>(`SELECT * FROM signal_subscriptions WHERE tenant_id = ? AND signal_name = ? ORDER BY key`, tenantId, name);
  }

  signalExists(key: number): boolean {
    return !!this.st.one(`SELECT 1 AS x FROM signal_subscriptions WHERE key = ?`, key);
  }

  deleteMessage(key: number): void {
    this.st.run(`DELETE FROM message_subscriptions WHERE key = ?`, key);
  }

  deleteSignal(key: number): void {
    this.st.run(`DELETE FROM signal_subscriptions WHERE key = ?`, key);
  }

  /** Both kinds owned by an element instance; with `elementId`, only those of that event. */
  deleteOwnedBy(elementInstanceKey: number, elementId?: string): void {
    if (elementId === undefined) {
      this.st.run(`DELETE FROM message_subscriptions WHERE element_instance_key = ?`, elementInstanceKey);
      this.st.run(`DELETE FROM signal_subscriptions WHERE element_instance_key = ?`, elementInstanceKey);
      return;
    }
    this.st.run(`DELETE FROM message_subscriptions WHERE element_instance_key = ? AND element_id = ?`, elementInstanceKey, elementId);
    this.st.run(`DELETE FROM signal_subscriptions WHERE element_instance_key = ? AND element_id = ?`, elementInstanceKey, elementId);
  }

  /** Signal start subscriptions exist for the latest version only (Zeebe): a new version replaces them. */
  deleteSignalStarts(bpmnProcessId: string, tenantId: string): void {
    this.st.run(`DELETE FROM signal_subscriptions WHERE element_instance_key IS NULL AND bpmn_process_id = ? AND tenant_id = ?`, bpmnProcessId, tenantId);
  }

  /** Migration: both kinds owned by an element instance belong to the target definition, their events renamed. */
  moveToDefinition(elementInstanceKey: number, definitionKey: number, bpmnProcessId: string, rename: (elementId: string) => string): void {
    for (const table of ['message_subscriptions', 'signal_subscriptions'] as const) {
      for (const s of this.st.all<{ key: number; element_id: string }>(`SELECT key, element_id FROM ${table} WHERE element_instance_key = ?`, elementInstanceKey)) {
        this.st.run(`UPDATE ${table} SET process_definition_key = ?, bpmn_process_id = ?, element_id = ? WHERE key = ?`, definitionKey, bpmnProcessId, rename(s.element_id), s.key);
      }
    }
  }
}
