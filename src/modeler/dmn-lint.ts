/**
 * Lint of decision tables (.dmn), live in the modeler and at every deployment: what the engine would refuse or
 * evaluate wrongly, named by the element (decision or rule id). Input entries are checked with the engine's own
 * FEEL unary-test parser, hit policies against the ones the engine evaluates; every rule row must cite the article
 * it applies in its annotation, and a table may not drop a decision a procedure calls. Turkish by default.
 */
import { DmnModdle } from 'dmn-moddle';
import { compileDmn, HIT_POLICIES, unaryTestsError } from '../../engine/dmn/compile';
import { feelSyntaxError } from '../../engine/feel/feel';
import { safeXmlMessage } from '../../engine/model/xml-messages';
import type { LintMessage } from './bpmn-lint';
import type { CalledDecisions } from './called-decisions';
import { Lang, lintText, LintTextKey } from './lint-texts';

export interface DmnLintContext {
  calledDecisions: CalledDecisions;
  lang: Lang;
}

/** An article citation as the tables write it: `Art. 79(1)(a)`, `Md. 72(1)(b)` (also `Madde 73`, `Article 73`). */
export const CITATION = /\b(?:Md\.|Madde|Art\.|Article)\s*\d+/;

const moddle = new DmnModdle();
const text = (e: { text?: string } | undefined) => (e?.text ?? '').trim();

type Report = (elementId: string | null, rule: string, key: LintTextKey, params?: Record<string, string>) => void;

export async function lintDmn(files: Array<{ name: string; content: string }>, ctx: DmnLintContext): Promise<LintMessage[]> {
  const out: LintMessage[] = [];
  for (const file of files) {
    const report: Report = (elementId, rule, key, params = {}) => out.push({ resource: file.name, elementId, rule: `dmn/${rule}`, category: 'error', message: lintText(ctx.lang, key, params) });
    const before = out.length;
    const definitions = await parse(file.content, report);
    if (definitions) lintDefinitions(definitions, ctx, report);
    // Whatever else the engine's deployment refuses (entries per rule, required decisions…): a clean lint deploys.
    if (definitions && out.length === before) await compileDmn(file.content, file.name).catch((err: Error) => report(definitions.id, 'engine', 'dmnEngine', { message: err.message }));
  }
  return out;
}

async function parse(xml: string, report: Report): Promise<any | undefined> {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    report(null, 'xml', 'dmnUnreadable', { message: 'DOCTYPE/ENTITY' });
    return undefined;
  }
  try {
    const { rootElement, warnings } = await moddle.fromXML(xml, 'dmn:Definitions');
    const fatal = warnings.find((w) => /unparsable|unclosed|duplicate ID|unexpected end|missing start tag|non-whitespace/i.test(w.message));
    if (fatal || !rootElement?.id) {
      report(null, 'xml', 'dmnUnreadable', { message: safeXmlMessage(fatal?.message ?? 'no dmn:definitions id') });
      return undefined;
    }
    return rootElement;
  } catch (err) {
    report(null, 'xml', 'dmnUnreadable', { message: safeXmlMessage((err as Error).message) });
    return undefined;
  }
}

function lintDefinitions(definitions: any, ctx: DmnLintContext, report: Report): void {
  const decisions = (definitions.drgElement ?? []).filter((e: any) => e.$type === 'dmn:Decision');
  if (!decisions.length) report(definitions.id, 'no-decision', 'dmnNoDecision');
  for (const decision of decisions) {
    const logic = decision.decisionLogic;
    if (logic?.$type === 'dmn:DecisionTable') lintTable(decision.id, logic, report);
    else if (logic?.$type === 'dmn:LiteralExpression') {
      if (feelSyntaxError(text(logic)) !== undefined) report(decision.id, 'expression', 'dmnExpression', { expression: text(logic) });
    } else report(decision.id, 'logic', 'dmnLogic', { decision: decision.id, logic: String(logic?.$type ?? '—').replace(/^dmn:/, '') });
  }
  const present = new Set(decisions.map((d: any) => d.id));
  for (const [decisionId, processes] of ctx.calledDecisions.calledIn(definitions.id)) {
    if (!present.has(decisionId)) report(definitions.id, 'missing-decision', 'dmnMissingDecision', { decision: decisionId, processes: processes.join(', ') });
  }
}

function lintTable(decisionId: string, table: any, report: Report): void {
  const hitPolicy = table.hitPolicy ?? 'UNIQUE';
  if (!HIT_POLICIES.includes(hitPolicy)) report(decisionId, 'hit-policy', 'dmnHitPolicy', { hitPolicy, supported: HIT_POLICIES.join(', ') });
  const inputs: any[] = table.input ?? [];
  const outputs: any[] = table.output ?? [];
  for (const rule of table.rule ?? []) {
    (rule.inputEntry ?? []).forEach((entry: any, i: number) => {
      const source = text(entry) || '-';
      if (unaryTestsError(source) !== null) report(rule.id, 'unary-tests', 'dmnUnaryTests', { entry: source, input: inputs[i]?.label || text(inputs[i]?.inputExpression) || String(i + 1) });
    });
    (rule.outputEntry ?? []).forEach((entry: any, i: number) => {
      const source = text(entry);
      if (source && feelSyntaxError(source) !== undefined) report(rule.id, 'output-entry', 'dmnOutputEntry', { entry: source, output: outputs[i]?.label || outputs[i]?.name || String(i + 1) });
    });
    if (!CITATION.test(rule.description ?? '')) report(rule.id, 'citation', 'dmnCitation');
  }
}
