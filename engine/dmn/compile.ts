import { DmnModdle } from 'dmn-moddle';
import { unaryTest } from 'feelin';
import { invalidArgument } from '../errors';
import { feelSyntaxError } from '../feel/feel';

/**
 * DMN 1.3 decisions as Camunda 8 deploys them: each decision of a definitions document (the decision
 * requirements graph, DRG) is a decision table or a literal expression, in FEEL, possibly requiring
 * other decisions of the same DRG. Deployment refuses what cannot be evaluated and names the element.
 */
export type HitPolicy = 'UNIQUE' | 'FIRST' | 'ANY' | 'COLLECT' | 'RULE ORDER';
export type Aggregation = 'SUM' | 'MIN' | 'MAX' | 'COUNT';

export interface DecisionRule {
  id: string;
  /** The rule's annotation column (e.g. the article it applies). */
  description?: string;
  /** FEEL unary tests, '-' for "any". */
  inputEntries: string[];
  /** FEEL expressions; empty means null. */
  outputEntries: string[];
}

export interface DecisionTable {
  kind: 'table';
  hitPolicy: HitPolicy;
  aggregation?: Aggregation;
  inputs: Array<{ id: string; label?: string; expression: string }>;
  outputs: Array<{ id: string; name: string; label?: string }>;
  rules: DecisionRule[];
}

export interface LiteralExpression {
  kind: 'literal';
  variable: string;
  expression: string;
}

export interface CompiledDecision {
  id: string;
  name: string;
  /** Ids of the decisions of the same DRG whose results this decision reads (by their ids). */
  requires: string[];
  logic: DecisionTable | LiteralExpression;
}

export interface CompiledDrg {
  id: string;
  name: string;
  decisions: Map<string, CompiledDecision>;
}

export const HIT_POLICIES: readonly HitPolicy[] = ['UNIQUE', 'FIRST', 'ANY', 'COLLECT', 'RULE ORDER'];

/** Why a rule's input entry is not FEEL unary tests the engine can evaluate, or null when it is ('-' is "any"). */
export function unaryTestsError(source: string): string | null {
  if (source === '-') return null;
  try {
    unaryTest(source, { '?': null });
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}
const moddle = new DmnModdle();

class Problems {
  readonly list: string[] = [];
  add(id: string, message: string): void {
    this.list.push(`Element '${id}': ${message}`);
  }
  expression(id: string, what: string, source: string): void {
    const err = feelSyntaxError(source);
    if (err) this.add(id, `invalid FEEL ${what} '${source}': ${err}`);
  }
  unaryTests(id: string, source: string): void {
    const err = unaryTestsError(source);
    if (err) this.add(id, `invalid FEEL unary tests '${source}': ${err}`);
  }
}

const text = (e: any): string => (e?.text ?? '').trim();

function compileTable(decisionId: string, t: any, problems: Problems): DecisionTable | undefined {
  const hitPolicy = (t.hitPolicy ?? 'UNIQUE') as HitPolicy;
  if (!HIT_POLICIES.includes(hitPolicy)) {
    problems.add(decisionId, `hit policy '${hitPolicy}' is not supported (supported: ${HIT_POLICIES.join(', ')})`);
    return undefined;
  }
  const aggregation = t.aggregation as Aggregation | undefined;
  if (aggregation && hitPolicy !== 'COLLECT') problems.add(decisionId, `an aggregation (${aggregation}) needs the hit policy COLLECT`);
  const inputs = (t.input ?? []).map((i: any) => {
    const expression = text(i.inputExpression);
    if (!expression) problems.add(i.id, 'an input needs an input expression');
    else problems.expression(i.id, 'input expression', expression);
    return { id: i.id, label: i.label || undefined, expression };
  });
  const outputs = (t.output ?? []).map((o: any, n: number) => {
    const name = o.name || (t.output.length === 1 ? '' : undefined);
    if (name === undefined) problems.add(o.id, 'with more than one output, each output needs a name');
    return { id: o.id, name: name ?? `output${n + 1}`, label: o.label || undefined };
  });
  if (outputs.length === 0) problems.add(decisionId, 'a decision table needs at least one output');
  if (aggregation && outputs.length > 1) problems.add(decisionId, 'an aggregation needs a decision table with exactly one output');
  const rules: DecisionRule[] = (t.rule ?? []).map((r: any) => {
    const inputEntries = (r.inputEntry ?? []).map((e: any) => text(e) || '-');
    const outputEntries = (r.outputEntry ?? []).map((e: any) => text(e));
    if (inputEntries.length !== inputs.length) problems.add(r.id, `the rule has ${inputEntries.length} input entries for ${inputs.length} inputs`);
    if (outputEntries.length !== outputs.length) problems.add(r.id, `the rule has ${outputEntries.length} output entries for ${outputs.length} outputs`);
    inputEntries.forEach((e: string) => e !== '-' && problems.unaryTests(r.id, e));
    outputEntries.forEach((e: string) => e && problems.expression(r.id, 'output entry', e));
    return { id: r.id, description: r.description?.trim() || undefined, inputEntries, outputEntries };
  });
  return { kind: 'table', hitPolicy, aggregation, inputs, outputs, rules };
}

export async function compileDmn(xml: string, resourceName: string): Promise<CompiledDrg> {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw invalidArgument(`'${resourceName}': XML with a DOCTYPE or ENTITY declaration is not accepted`);
  let definitions: any;
  let warnings: Array<{ message: string }>;
  try {
    ({ rootElement: definitions, warnings } = await moddle.fromXML(xml, 'dmn:Definitions'));
  } catch (err) {
    throw invalidArgument(`'${resourceName}' is not valid DMN: ${(err as Error).message}`);
  }
  // A repeated id makes the parser drop an element silently: refuse it, naming the id.
  const duplicate = warnings.find((w) => /duplicate ID/i.test(w.message));
  if (duplicate) throw invalidArgument(`'${resourceName}' cannot be deployed: ${duplicate.message}`);
  if (!definitions?.id) throw invalidArgument(`'${resourceName}' is not valid DMN 1.3: the definitions need an id`);
  const problems = new Problems();
  const decisions = new Map<string, CompiledDecision>();
  for (const el of definitions.drgElement ?? []) {
    if (el.$type !== 'dmn:Decision') continue;
    const requires = (el.informationRequirement ?? []).map((r: any) => r.requiredDecision?.href?.replace(/^#/, '')).filter(Boolean);
    const logic = el.decisionLogic;
    let compiled: DecisionTable | LiteralExpression | undefined;
    if (logic?.$type === 'dmn:DecisionTable') compiled = compileTable(el.id, logic, problems);
    else if (logic?.$type === 'dmn:LiteralExpression') {
      const expression = text(logic);
      if (!expression) problems.add(el.id, 'the literal expression is empty');
      else problems.expression(el.id, 'literal expression', expression);
      compiled = { kind: 'literal', variable: el.variable?.name ?? el.id, expression };
    } else problems.add(el.id, `decision logic '${logic?.$type ?? 'none'}' is not supported: use a decision table or a literal expression`);
    if (compiled) decisions.set(el.id, { id: el.id, name: el.name ?? el.id, requires, logic: compiled });
  }
  for (const d of decisions.values()) for (const r of d.requires) if (!decisions.has(r)) problems.add(d.id, `requires decision '${r}', which is not in the same DRG`);
  if (decisions.size === 0 && problems.list.length === 0) problems.add(definitions.id, 'the DRG contains no decision');
  if (problems.list.length) throw invalidArgument(`'${resourceName}' cannot be deployed: ${problems.list.join('; ')}`);
  return { id: definitions.id, name: definitions.name ?? definitions.id, decisions };
}
