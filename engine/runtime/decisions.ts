import { CompiledDrg } from '../dmn/compile';
import { DecisionEvaluationError, evaluateDecision, EvaluatedDecision } from '../dmn/evaluate';
import type { DecisionStore } from '../store/decisions';

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

/** Deployed decisions by key, their compiled DRG shared; the latest version found in the store. */
export class DecisionRegistry {
  private readonly byKey = new Map<number, DecisionInfo>();

  constructor(private readonly store: DecisionStore) {}

  register(info: DecisionInfo): void {
    this.byKey.set(info.key, info);
  }

  get(key: number): DecisionInfo | undefined {
    return this.byKey.get(key);
  }

  latest(decisionId: string, tenantId: string): DecisionInfo | undefined {
    const key = this.store.latestKey(decisionId, tenantId);
    return key === undefined ? undefined : this.byKey.get(key);
  }

  /** The definition of a decision of the same DRG version (required decisions are reported by their own key). */
  private sibling(of: DecisionInfo, decisionId: string): DecisionInfo {
    const row = this.store.inDrg(of.drgKey, decisionId);
    return (row && this.byKey.get(row.key)) ?? of;
  }

  /**
   * Evaluates a decision and records every decision evaluated (state EVALUATED, or FAILED for the one
   * that failed), as Zeebe writes decision evaluation records. Failures are returned, not thrown.
   */
  evaluate(decision: DecisionInfo, variables: Record<string, unknown>, origin: EvaluationOrigin, takeKey: () => number, now: number): DecisionOutcome {
    const evaluationKey = takeKey();
    const record = (d: DecisionInfo, type: string, state: 'EVALUATED' | 'FAILED', output: unknown, matched: unknown, failure: string | null) => {
      const key = takeKey();
      this.store.insertInstance({
        key, evaluationKey, decisionDefinitionKey: d.key, decisionId: d.decisionId, decisionName: d.name, version: d.version, decisionType: type, state,
        evaluationDate: now, failure, result: JSON.stringify(output ?? null), matchedRules: matched === undefined ? null : JSON.stringify(matched),
        processDefinitionKey: origin.processDefinitionKey ?? null, processInstanceKey: origin.processInstanceKey ?? null, elementInstanceKey: origin.elementInstanceKey ?? null, tenantId: d.tenantId,
      });
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
