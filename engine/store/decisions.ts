import { Statements } from './statements';

export interface DrgResource {
  key: number;
  xml: string;
  resource_name: string;
}

export interface DecisionDefinitionRow {
  key: number;
  decision_id: string;
  name: string;
  version: number;
  tenant_id: string;
  drg_key: number;
  drg_id: string;
}

/** One evaluated (or failed) decision, as Zeebe writes decision evaluation records. */
export interface NewDecisionInstance {
  key: number;
  evaluationKey: number;
  decisionDefinitionKey: number;
  decisionId: string;
  decisionName: string;
  version: number;
  decisionType: string;
  state: 'EVALUATED' | 'FAILED';
  evaluationDate: number;
  failure: string | null;
  result: string;
  matchedRules: string | null;
  processDefinitionKey: number | null;
  processInstanceKey: number | null;
  elementInstanceKey: number | null;
  tenantId: string;
}

/** Decision requirements graphs (the deployed DMN resources), their decisions and the decisions evaluated. */
export class DecisionStore {
  constructor(private readonly st: Statements) {}

  insertDrg(d: { key: number; drgId: string; name: string; version: number; resourceName: string; checksum: string; xml: string; deploymentKey: number; tenantId: string }): void {
    this.st.run(
      `INSERT INTO decision_requirements (key, drg_id, name, version, resource_name, checksum, xml, deployment_key, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      d.key, d.drgId, d.name, d.version, d.resourceName, d.checksum, d.xml, d.deploymentKey, d.tenantId,
    );
  }

  insertDecision(d: DecisionDefinitionRow, deploymentKey: number): void {
    this.st.run(
      `INSERT INTO decision_definitions (key, decision_id, name, version, drg_key, drg_id, deployment_key, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      d.key, d.decision_id, d.name, d.version, d.drg_key, d.drg_id, deploymentKey, d.tenant_id,
    );
  }

  drgResources(): DrgResource[] {
    return this.st.all<DrgResource>(`SELECT key, xml, resource_name FROM decision_requirements`);
  }

  decisionDefinitions(): DecisionDefinitionRow[] {
    return this.st.all<DecisionDefinitionRow>(`SELECT key, decision_id, name, version, tenant_id, drg_key, drg_id FROM decision_definitions`);
  }

  /** A decision of one DRG version. */
  inDrg(drgKey: number, decisionId: string): { key: number; version: number } | undefined {
    return this.st.one<{ key: number; version: number }>(`SELECT key, version FROM decision_definitions WHERE drg_key = ? AND decision_id = ?`, drgKey, decisionId);
  }

  latestVersion(decisionId: string, tenantId: string): number {
    return this.st.one<{ version: number | null }>(`SELECT MAX(version) AS version FROM decision_definitions WHERE decision_id = ? AND tenant_id = ?`, decisionId, tenantId)?.version ?? 0;
  }

  latestKey(decisionId: string, tenantId: string): number | undefined {
    return this.st.one<{ key: number }>(`SELECT key FROM decision_definitions WHERE decision_id = ? AND tenant_id = ? ORDER BY version DESC LIMIT 1`, decisionId, tenantId)?.key;
  }

  insertInstance(d: NewDecisionInstance): void {
    this.st.run(
      `INSERT INTO decision_instances (key, evaluation_key, decision_definition_key, decision_id, decision_name, version, decision_type, state, evaluation_date, evaluation_failure, result, matched_rules, process_definition_key, process_instance_key, element_instance_key, tenant_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      d.key, d.evaluationKey, d.decisionDefinitionKey, d.decisionId, d.decisionName, d.version, d.decisionType, d.state, d.evaluationDate, d.failure, d.result, d.matchedRules,
      d.processDefinitionKey, d.processInstanceKey, d.elementInstanceKey, d.tenantId,
    );
  }
}
