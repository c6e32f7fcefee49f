import { CompiledDrg } from '../dmn/compile';
import { DecisionEvaluationError, evaluateDecision, EvaluatedDecision } from '../dmn/evaluate';
import { Statements } from '../store/statements';

export interface DecisionInfo {
  key: number;
  decisionId: string;
  name: string;
  version: number;
  tenantId: string;
  drgKey: number;
  drgId: string;
  drg: CompiledDrg;
}

/** Where an evaluation came from: a business-rule task, or the evaluate-decision command. */
export interface EvaluationOrigin {
  processDefinitionKey?: number;
  processInstanceKey?: number;
  elementInstanceKey?: number;
}

export interface DecisionOutcome {
  evaluationKey: number;
  decision: DecisionInfo;
  output: unknown;
  evaluated: Array<EvaluatedDecision & { key: number; definition: DecisionInfo }>;
  failure?: { decisionId: string; message: string };
}

/** Deployed decisions by key, their compiled DRG shared; the latest version found by SQL. */
export class DecisionRegistry {
  private readonly byKey = new Map<number, DecisionInfo>();

  constructor(private readonly st: Statements) {}

  register(info: DecisionInfo): void {
    this.byKey.set(info.key, info);
  }

  get(key: number): DecisionInfo | undefined {
    return this.byKey.get(key);
  }

  latest(decisionId: string, tenantId: string): DecisionInfo | undefined {
    const row = this.st.one<{ key: number }>(`SELECT key FROM decision_definitions WHERE decision_id = ? AND tenant_id = ? ORDER BY version DESC LIMIT 1`, decisionId, tenantId);
    return row ? this.byKey.get(row.key) : undefined;
  }

  /** The definition of a decision of the same DRG version (required decisions are reported by their own key). */
  private sibling(of: DecisionInfo, decisionId: string): DecisionInfo {
    const row = this.st.one<{ key: number }>(`SELECT key FROM decision_definitions WHERE drg_key = ? AND decision_id = ?`, of.drgKey, decisionId);
    return (row && this.byKey.get(row.key)) ?? of;
  }

  /**
   * Evaluates a decision and records every decision evaluated (state EVALUATED, or FAILED for the one
   * that failed), as Zeebe writes decision evaluation records. Failures are returned, not thrown.
   */
  evaluate(decision: DecisionInfo, variables: Record<string, unknown>, origin: EvaluationOrigin, takeKey: () => number, now: number): DecisionOutcome {
    const evaluationKey = takeKey();
    const record = (d: DecisionInfo, type: string, state: string, output: unknown, matched: unknown, failure: string | null) => {
      const key = takeKey();
      this.st.run(
        `INSERT INTO decision_instances (key, evaluation_key, decision_definition_key, decision_id, decision_name, version, decision_type, state, evaluation_date, evaluation_failure, result, matched_rules, process_definition_key, process_instance_key, element_instance_key, tenant_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        key, evaluationKey, d.key, d.decisionId, d.name, d.version, type, state, now, failure, JSON.stringify(output ?? null), matched === undefined ? null : JSON.stringify(matched),
        origin.processDefinitionKey ?? null, origin.processInstanceKey ?? null, origin.elementInstanceKey ?? null, d.tenantId,
      );
      return key;
    };
    try {
      const evaluated = evaluateDecision(decision.drg, decision.decisionId, variables).map((e) => {
        const definition = this.sibling(decision, e.decisionId);
        const key = record(definition, e.decisionType, 'EVALUATED', e.output, e.matchedRules, null);
        return { ...e, key, definition };
      });
      return { evaluationKey, decision, output: evaluated[evaluated.length - 1].output, evaluated };
    } catch (err) {
      if (!(err instanceof DecisionEvaluationError)) throw err;
      const failed = this.sibling(decision, err.decisionId);
      const type = failed.drg.decisions.get(failed.decisionId)?.logic.kind === 'literal' ? 'LITERAL_EXPRESSION' : 'DECISION_TABLE';
      record(failed, type, 'FAILED', null, undefined, err.message);
      return { evaluationKey, decision, output: null, evaluated: [], failure: { decisionId: err.decisionId, message: err.message } };
    }
  }
}
