import { EvaluatedDecisionResult } from '../api/commands';
import { DecisionOutcome } from './decisions';

const json = (v: unknown) => JSON.stringify(v ?? null);

/** An evaluation in the shape of Camunda's evaluate-decision response (values as JSON strings). */
export function decisionResult(outcome: DecisionOutcome): EvaluatedDecisionResult {
  const d = outcome.decision;
  return {
    decisionDefinitionId: d.decisionId,
    decisionDefinitionName: d.name,
    decisionDefinitionVersion: d.version,
    decisionDefinitionKey: String(d.key),
    decisionRequirementsId: d.drgId,
    decisionRequirementsKey: String(d.drgKey),
    output: json(outcome.output),
    // Camunda's schema requires the field; it names the evaluated decision when nothing failed.
    failedDecisionDefinitionId: outcome.failure?.decisionId ?? d.decisionId,
    failureMessage: outcome.failure?.message ?? '',
    tenantId: d.tenantId,
    decisionEvaluationKey: String(outcome.evaluationKey),
    decisionInstanceKey: String(outcome.evaluationKey),
    evaluatedDecisions: outcome.evaluated.map((e) => ({
      decisionDefinitionId: e.decisionId,
      decisionDefinitionName: e.decisionName,
      decisionDefinitionVersion: e.definition.version,
      decisionDefinitionType: e.decisionType,
      decisionDefinitionKey: String(e.definition.key),
      decisionEvaluationInstanceKey: String(e.key),
      output: json(e.output),
      tenantId: e.definition.tenantId,
      evaluatedInputs: e.evaluatedInputs.map((i) => ({ inputId: i.inputId, inputName: i.inputName, inputValue: json(i.inputValue) })),
      matchedRules: e.matchedRules.map((r) => ({
        ruleId: r.ruleId,
        ruleIndex: r.ruleIndex,
        evaluatedOutputs: r.evaluatedOutputs.map((o) => ({ outputId: o.outputId, outputName: o.outputName, outputValue: json(o.outputValue) })),
      })),
    })),
  };
}
