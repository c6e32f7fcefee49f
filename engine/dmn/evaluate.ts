import { unaryTest } from 'feelin';
import { evaluateFeel, toJson } from '../feel/feel';
import { CompiledDecision, CompiledDrg, DecisionTable } from './compile';

/** One decision's evaluation, in the vocabulary of Camunda's evaluate-decision response. */
export interface EvaluatedDecision {
  decisionId: string;
  decisionName: string;
  decisionType: 'DECISION_TABLE' | 'LITERAL_EXPRESSION';
  output: unknown;
  evaluatedInputs: Array<{ inputId: string; inputName: string; inputValue: unknown }>;
  matchedRules: Array<{ ruleId: string; ruleIndex: number; description?: string; evaluatedOutputs: Array<{ outputId: string; outputName: string; outputValue: unknown }> }>;
}

export class DecisionEvaluationError extends Error {
  constructor(readonly decisionId: string, message: string) {
    super(message);
  }
}

/**
 * Evaluates a decision as Camunda 8's DMN engine does: required decisions first (their results are
 * visible under their ids), then the table's input expressions, each rule's unary tests with the input
 * value as `?`, and the hit policy: UNIQUE (more than one match fails), FIRST, ANY (matches that
 * disagree fail), RULE ORDER and COLLECT (a list), COLLECT with SUM/MIN/MAX/COUNT (a number). A single
 * output gives its value, several outputs a context; no match gives null (a list policy: []).
 */
export function evaluateDecision(drg: CompiledDrg, decisionId: string, variables: Record<string, unknown>): EvaluatedDecision[] {
  const evaluated: EvaluatedDecision[] = [];
  const results = new Map<string, unknown>();
  const visit = (id: string, path: string[]): void => {
    if (results.has(id)) return;
    if (path.includes(id)) throw new DecisionEvaluationError(id, `decision '${id}' requires itself (${[...path, id].join(' → ')})`);
    const decision = drg.decisions.get(id);
    if (!decision) throw new DecisionEvaluationError(id, `no decision with id '${id}' in DRG '${drg.id}'`);
    for (const r of decision.requires) visit(r, [...path, id]);
    const context = { ...variables };
    for (const r of decision.requires) context[r] = results.get(r);
    const result = evaluateOne(decision, context);
    results.set(id, result.output);
    evaluated.push(result);
  };
  visit(decisionId, []);
  return evaluated;
}

function feel(decisionId: string, what: string, source: string, context: Record<string, unknown>): unknown {
  try {
    return evaluateFeel(source, context).value;
  } catch (err) {
    throw new DecisionEvaluationError(decisionId, `failed to evaluate ${what} '${source}' of decision '${decisionId}': ${(err as Error).message}`);
  }
}

function evaluateOne(decision: CompiledDecision, context: Record<string, unknown>): EvaluatedDecision {
  const base = { decisionId: decision.id, decisionName: decision.name };
  if (decision.logic.kind === 'literal') {
    const output = feel(decision.id, 'literal expression', decision.logic.expression, context);
    return { ...base, decisionType: 'LITERAL_EXPRESSION', output, evaluatedInputs: [], matchedRules: [] };
  }
  const table = decision.logic;
  const inputValues = table.inputs.map((i) => feel(decision.id, 'input expression', i.expression, context));
  const matched: EvaluatedDecision['matchedRules'] = [];
  table.rules.forEach((rule, index) => {
    const hit = rule.inputEntries.every((entry, n) => entry === '-' || matches(decision.id, entry, inputValues[n], context));
    if (!hit) return;
    const evaluatedOutputs = table.outputs.map((o, n) => ({
      outputId: o.id,
      outputName: o.name,
      outputValue: rule.outputEntries[n] ? feel(decision.id, 'output entry', rule.outputEntries[n], context) : null,
    }));
    matched.push({ ruleId: rule.id, ruleIndex: index + 1, description: rule.description, evaluatedOutputs });
  });
  return {
    ...base,
    decisionType: 'DECISION_TABLE',
    output: applyHitPolicy(decision.id, table, matched),
    evaluatedInputs: table.inputs.map((i, n) => ({ inputId: i.id, inputName: i.label ?? i.expression, inputValue: inputValues[n] })),
    matchedRules: matched,
  };
}

function matches(decisionId: string, entry: string, value: unknown, context: Record<string, unknown>): boolean {
  try {
    return unaryTest(entry, { ...context, '?': value }).value === true;
  } catch (err) {
    throw new DecisionEvaluationError(decisionId, `failed to evaluate input entry '${entry}' of decision '${decisionId}': ${(err as Error).message}`);
  }
}

function applyHitPolicy(decisionId: string, table: DecisionTable, matched: EvaluatedDecision['matchedRules']): unknown {
  const outputOf = (rule: EvaluatedDecision['matchedRules'][number]): unknown =>
    table.outputs.length === 1 ? rule.evaluatedOutputs[0].outputValue : Object.fromEntries(rule.evaluatedOutputs.map((o) => [o.outputName, o.outputValue]));
  const outputs = matched.map(outputOf);
  switch (table.hitPolicy) {
    case 'UNIQUE':
      if (outputs.length > 1) throw new DecisionEvaluationError(decisionId, `hit policy UNIQUE: ${outputs.length} rules matched (${matched.map((m) => m.ruleId).join(', ')}), expected at most one`);
      return outputs[0] ?? null;
    case 'FIRST':
      return outputs[0] ?? null;
    case 'ANY': {
      const distinct = new Set(outputs.map((o) => JSON.stringify(o)));
      if (distinct.size > 1) throw new DecisionEvaluationError(decisionId, `hit policy ANY: the matched rules (${matched.map((m) => m.ruleId).join(', ')}) have different outputs`);
      return outputs[0] ?? null;
    }
    case 'RULE ORDER':
      return outputs;
    case 'COLLECT': {
      if (!table.aggregation) return outputs;
      if (table.aggregation === 'COUNT') return outputs.length;
      const numbers = outputs.filter((o) => o !== null);
      if (numbers.some((n) => typeof n !== 'number')) throw new DecisionEvaluationError(decisionId, `hit policy COLLECT ${table.aggregation}: the outputs must be numbers`);
      if (numbers.length === 0) return null;
      const list = numbers as number[];
      return toJson(table.aggregation === 'SUM' ? list.reduce((a, b) => a + b, 0) : table.aggregation === 'MIN' ? Math.min(...list) : Math.max(...list));
    }
  }
}
