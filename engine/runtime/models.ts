import { ProcessModel } from '../model/types';
import { Statements } from '../store/statements';

export interface DefinitionInfo {
  key: number;
  bpmnProcessId: string;
  version: number;
  tenantId: string;
  model: ProcessModel;
}

/** Compiled models by definition key. Compilation is async, so models are registered before use. */
export class ModelRegistry {
  private readonly byKey = new Map<number, DefinitionInfo>();

  constructor(private readonly st: Statements) {}

  register(info: DefinitionInfo): void {
    this.byKey.set(info.key, info);
  }

  get(key: number): DefinitionInfo {
    const info = this.byKey.get(key);
    if (!info) throw new Error(`process definition ${key} is not loaded`);
    return info;
  }

  has(key: number): boolean {
    return this.byKey.has(key);
  }

  latestKey(bpmnProcessId: string, tenantId: string): number | undefined {
    return this.st.one<{ key: number }>(
      `SELECT key FROM process_definitions WHERE bpmn_process_id = ? AND tenant_id = ? ORDER BY version DESC LIMIT 1`,
      bpmnProcessId,
      tenantId,
    )?.key;
  }

  /** Latest definitions (per process id and tenant) that start on the named message. */
  messageStarts(tenantId: string): DefinitionInfo[] {
    const rows = this.st.all<{ key: number }>(
      `SELECT MAX(key) AS key FROM process_definitions WHERE tenant_id = ? GROUP BY bpmn_process_id`,
      tenantId,
    );
    return rows.map((r) => this.get(r.key)).filter((d) => d.model.messageStartEvents.length > 0);
  }
}
