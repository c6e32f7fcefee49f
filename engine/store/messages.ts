import type { MessageRow } from './rows';
import { Statements } from './statements';

/** A buffered message as correlation reads it. */
export type BufferedMessage = Pick<MessageRow, 'key' | 'name' | 'variables'>;

/**
 * Published messages buffered for their time to live, which process each one was correlated to (a
 * message reaches a process id once), and the correlation keys held by message-started instances.
 */
export class MessageStore {
  constructor(private readonly st: Statements) {}

  /** A message with this id still buffered (Zeebe refuses publishing it again until it expired). */
  isBufferedWithId(tenantId: string, name: string, messageId: string, now: number): boolean {
    return !!this.st.one(`SELECT key FROM messages WHERE tenant_id = ? AND name = ? AND message_id = ? AND expires_at > ?`, tenantId, name, messageId, now);
  }

  /** An expired message with the id may still be in the table (until the scheduler removes it): the id is free again. */
  deleteWithId(tenantId: string, name: string, messageId: string): void {
    this.st.run(`DELETE FROM messages WHERE tenant_id = ? AND name = ? AND message_id = ?`, tenantId, name, messageId);
  }

  insert(m: MessageRow, publishedAt: number): void {
    this.st.run(
      `INSERT INTO messages (key, name, correlation_key, message_id, variables, published_at, expires_at, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      m.key, m.name, m.correlation_key, m.message_id, m.variables, publishedAt, m.expires_at, m.tenant_id,
    );
  }

  deleteExpired(now: number): void {
    this.st.run(`DELETE FROM messages WHERE expires_at <= ?`, now);
  }

  nextExpiry(): number | null {
    return this.st.one<{ t: number | null }>(`SELECT MIN(expires_at) AS t FROM messages`)?.t ?? null;
  }

  /** The oldest live message with one of the names and this key that was not correlated to the process yet. */
  oldestUncorrelated(names: string[], correlationKey: string, tenantId: string, bpmnProcessId: string, now: number): BufferedMessage | undefined {
    return this.st.one<BufferedMessage>(
      `SELECT key, name, variables FROM messages m
       WHERE m.tenant_id = ? AND m.correlation_key = ? AND m.name IN (${names.map(() => '?').join(', ')}) AND m.expires_at > ?
         AND NOT EXISTS (SELECT 1 FROM message_correlations c WHERE c.message_key = m.key AND c.bpmn_process_id = ?)
       ORDER BY m.key LIMIT 1`,
      tenantId, correlationKey, ...names, now, bpmnProcessId,
    );
  }

  /** The message counts as correlated to the process (a second correlation to it is ignored). */
  recordCorrelation(messageKey: number, bpmnProcessId: string, processInstanceKey: number): void {
    this.st.run(`INSERT OR IGNORE INTO message_correlations (message_key, bpmn_process_id, process_instance_key) VALUES (?, ?, ?)`, messageKey, bpmnProcessId, processInstanceKey);
  }

  /** A message-started instance holds its correlation key while it is active. */
  holdStartKey(processInstanceKey: number, bpmnProcessId: string, tenantId: string, correlationKey: string): void {
    this.st.run(`INSERT INTO message_start_keys (process_instance_key, bpmn_process_id, tenant_id, correlation_key) VALUES (?, ?, ?, ?)`, processInstanceKey, bpmnProcessId, tenantId, correlationKey);
  }

  isStartKeyHeld(bpmnProcessId: string, tenantId: string, correlationKey: string): boolean {
    return !!this.st.one(
      `SELECT 1 AS x FROM message_start_keys k JOIN process_instances p ON p.key = k.process_instance_key
       WHERE k.bpmn_process_id = ? AND k.tenant_id = ? AND k.correlation_key = ? AND p.state = 'ACTIVE' LIMIT 1`,
      bpmnProcessId, tenantId, correlationKey,
    );
  }

  /** Frees the key an ended instance held; returns what it held, if anything. */
  releaseStartKey(processInstanceKey: number): { bpmn_process_id: string; tenant_id: string; correlation_key: string } | undefined {
    const held = this.st.one<{ bpmn_process_id: string; tenant_id: string; correlation_key: string }>(
      `SELECT bpmn_process_id, tenant_id, correlation_key FROM message_start_keys WHERE process_instance_key = ?`, processInstanceKey,
    );
    if (held) this.st.run(`DELETE FROM message_start_keys WHERE process_instance_key = ?`, processInstanceKey);
    return held;
  }
}
