import { Statements } from './statements';

/** The latest version of a deployed resource, as duplicate detection compares it. */
export interface LatestVersion {
  key: number;
  version: number;
  checksum: string;
  resource_name: string;
}

/** What versions independently: a process (by BPMN process id), a form (by form id), a DRG (by its id). */
export type VersionedKind = 'process' | 'form' | 'drg';

const LATEST_SQL: Record<VersionedKind, string> = {
  process: `SELECT key, version, checksum, resource_name FROM process_definitions WHERE bpmn_process_id = ? AND tenant_id = ? ORDER BY version DESC LIMIT 1`,
  form: `SELECT key, version, checksum, resource_name FROM forms WHERE form_id = ? AND tenant_id = ? ORDER BY version DESC LIMIT 1`,
  drg: `SELECT key, version, checksum, resource_name FROM decision_requirements WHERE drg_id = ? AND tenant_id = ? ORDER BY version DESC LIMIT 1`,
};

export interface ProcessDefinitionResource {
  key: number;
  bpmn_process_id: string;
  version: number;
  tenant_id: string;
  xml: string;
  resource_name: string;
}

/** Deployments and the process definitions and forms they create (decision tables: store/decisions.ts). */
export class DeploymentStore {
  constructor(private readonly st: Statements) {}

  insertDeployment(key: number, tenantId: string, now: number): void {
    this.st.run(`INSERT INTO deployments (key, tenant_id, created_at) VALUES (?, ?, ?)`, key, tenantId, now);
  }

  /** The latest version of a resource id in a tenant (duplicate detection, the next version number). */
  latest(kind: VersionedKind, id: string, tenantId: string): LatestVersion | undefined {
    return this.st.one<LatestVersion>(LATEST_SQL[kind], id, tenantId);
  }

  insertProcess(p: { key: number; bpmnProcessId: string; version: number; name: string | null; versionTag: string | null; resourceName: string; checksum: string; xml: string; deploymentKey: number; tenantId: string; hasStartForm: boolean }, now: number): void {
    this.st.run(
      `INSERT INTO process_definitions (key, bpmn_process_id, version, name, version_tag, resource_name, checksum, xml, deployment_key, tenant_id, has_start_form, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      p.key, p.bpmnProcessId, p.version, p.name, p.versionTag, p.resourceName, p.checksum, p.xml, p.deploymentKey, p.tenantId, p.hasStartForm ? 1 : 0, now,
    );
  }

  insertForm(f: { key: number; formId: string; version: number; resourceName: string; checksum: string; schema: string; deploymentKey: number; tenantId: string }): void {
    this.st.run(
      `INSERT INTO forms (key, form_id, version, resource_name, checksum, schema, deployment_key, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      f.key, f.formId, f.version, f.resourceName, f.checksum, f.schema, f.deploymentKey, f.tenantId,
    );
  }

  /** Every process definition with its XML (compiled again when the engine opens). */
  processResources(): ProcessDefinitionResource[] {
    return this.st.all<ProcessDefinitionResource>(`SELECT key, bpmn_process_id, version, tenant_id, xml, resource_name FROM process_definitions`);
  }

  /** A process definition's key by id and version (the latest when `version` is undefined). */
  processKey(bpmnProcessId: string, tenantId: string, version?: number): number | undefined {
    // Only the key: every instance creation by id asks, and the index on (id, tenant, version) answers it alone.
    if (version === undefined) return this.st.one<{ key: number }>(`SELECT key FROM process_definitions WHERE bpmn_process_id = ? AND tenant_id = ? ORDER BY version DESC LIMIT 1`, bpmnProcessId, tenantId)?.key;
    return this.st.one<{ key: number }>(`SELECT key FROM process_definitions WHERE bpmn_process_id = ? AND tenant_id = ? AND version = ?`, bpmnProcessId, tenantId, version)?.key;
  }

  /** The latest definition key of every process id in a tenant. */
  latestProcessKeys(tenantId: string): number[] {
    return this.st.all<{ key: number }>(`SELECT MAX(key) AS key FROM process_definitions WHERE tenant_id = ? GROUP BY bpmn_process_id`, tenantId).map((r) => r.key);
  }
}
