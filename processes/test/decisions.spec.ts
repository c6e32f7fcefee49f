/**
 * The decision tables of processes/decisions against the law as code: every row cites the article of the
 * ground it finds (the same citation the rule worker reports), every ground of the law has its row, each
 * ground alone is found, and every business-rule task of a procedure calls a table that exists.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CompiledDrg, compileDmn, DecisionTable } from '../../engine/dmn/compile';
import { evaluateDecision } from '../../engine/dmn/evaluate';
import { ACCELERATED_GROUNDS, FIRST_COUNTRY_CONDITIONS, INADMISSIBILITY_GROUNDS } from '../../law';
import { ext, loadDiagrams } from './model';

const DECISIONS_DIR = path.join(__dirname, '..', 'decisions');

async function drg(file: string): Promise<CompiledDrg> {
  return compileDmn(fs.readFileSync(path.join(DECISIONS_DIR, file), 'utf8'), file);
}

/** Each row: [output key, annotation, the input expression its `true` entry tests]. */
function rows(d: CompiledDrg, decisionId: string): Array<{ key: string; citation?: string; fact: string }> {
  const table = d.decisions.get(decisionId)!.logic as DecisionTable;
  return table.rules.map((r) => ({
    key: JSON.parse(r.outputEntries[0]) as string,
    citation: r.description,
    fact: table.inputs[r.inputEntries.findIndex((e) => e === 'true')].expression,
  }));
}

describe('decision tables (processes/decisions)', () => {
  it('accelerated-grounds: one row per Art. 79(1) ground, citing the article the worker cites', async () => {
    const table = rows(await drg('accelerated-criteria.dmn'), 'accelerated-grounds');
    const expected = Object.entries(ACCELERATED_GROUNDS).map(([key, c]) => ({ key, citation: c.citation, fact: `facts.${key}` }));
    expect(table).toEqual(expected);
  });

  it('accelerated-grounds: each ground alone is found, together all are, none without facts', async () => {
    const d = await drg('accelerated-criteria.dmn');
    for (const key of Object.keys(ACCELERATED_GROUNDS)) {
      const [result] = evaluateDecision(d, 'accelerated-grounds', { facts: { [key]: true, unaccompaniedMinor: true } });
      expect({ key, output: result.output }).toEqual({ key, output: [key] });
    }
    const all = Object.fromEntries(Object.keys(ACCELERATED_GROUNDS).map((k) => [k, true]));
    expect(evaluateDecision(d, 'accelerated-grounds', { facts: all })[0].output).toEqual(Object.keys(ACCELERATED_GROUNDS));
    expect(evaluateDecision(d, 'accelerated-grounds', {})[0].output).toEqual([]);
  });

  it('inadmissibility-grounds: Art. 72(1)(a)–(b) and both Art. 73 conditions, citing their articles', async () => {
    const table = rows(await drg('inadmissibility-grounds.dmn'), 'inadmissibility-grounds');
    const simple = (['repeatWithoutNewGrounds', 'ownApplicationAfterConsentWithoutCause', 'ownApplicationAfterRejectionWithoutNewGrounds'] as const).map((key) => ({
      key, citation: INADMISSIBILITY_GROUNDS[key].citation, fact: `facts.${key}`,
    }));
    const first = (['recognisedAndCanStillAvail', 'sufficientEffectiveProtection'] as const).map((k) => ({
      key: `firstCountryOfAsylum.${k}`, citation: `${INADMISSIBILITY_GROUNDS.firstCountryOfAsylum.citation}`, fact: `facts.firstCountryOfAsylum.${k}`,
    }));
    expect(table).toEqual([...simple, ...first]);
    expect(FIRST_COUNTRY_CONDITIONS.recognisedAndCanStillAvail.citation).toBe('Art. 73');
  });

  it('every business-rule task of a procedure calls a decision of processes/decisions and names its result', async () => {
    const ids = new Set<string>();
    for (const f of fs.readdirSync(DECISIONS_DIR).filter((x) => x.endsWith('.dmn'))) for (const id of (await drg(f)).decisions.keys()) ids.add(id);
    const tasks = (await loadDiagrams()).flatMap((d) => d.elements.filter((e) => e.$type === 'bpmn:BusinessRuleTask').map((e) => ({ file: d.file, id: e.id, called: ext<{ decisionId: string; resultVariable: string }>(e, 'zeebe:CalledDecision') })));
    expect(tasks.length).toBeGreaterThanOrEqual(2);
    for (const t of tasks) expect({ task: `${t.file}#${t.id}`, known: ids.has(t.called?.decisionId ?? ''), result: !!t.called?.resultVariable }).toEqual({ task: `${t.file}#${t.id}`, known: true, result: true });
  });
});
