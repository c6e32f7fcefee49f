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
}
