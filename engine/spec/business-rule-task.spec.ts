import { definitions } from '../test-support/bpmn';
import { dmnTable } from '../test-support/dmn';
import { EngineHarness } from '../test-support/harness';

/**
 * Business-rule tasks with zeebe:calledDecision evaluating DMN 1.3 decision tables, as Camunda 8 does
 * (docs: "Business rule tasks", "DMN decision table", "Hit policy"): the latest decision version, the
 * result in resultVariable, hit policies UNIQUE, FIRST, ANY, COLLECT (± aggregation) and RULE ORDER,
 * FEEL unary tests; no decision or a failing evaluation is an incident.
 */
const ruleTask = (decisionId = 'decision', extra = '') => definitions(`<bpmn:process id="p" isExecutable="true">
  <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
  <bpmn:businessRuleTask id="decide"><bpmn:extensionElements><zeebe:calledDecision decisionId="${decisionId}" resultVariable="result"/>${extra}</bpmn:extensionElements><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing></bpmn:businessRuleTask>
  <bpmn:endEvent id="e"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>
  <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="decide"/><bpmn:sequenceFlow id="f1" sourceRef="decide" targetRef="e"/>
</bpmn:process>`);

describe('business-rule tasks (DMN)', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start()));
  afterEach(() => h.stop());

  async function run(dmn: string, variables: Record<string, unknown>): Promise<{ key: string; result: unknown }> {
    await h.engine.deploy([{ name: 'p.bpmn', content: ruleTask() }, { name: 'd.dmn', content: dmn }]);
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p', variables });
    return { key: processInstanceKey, result: h.variable(processInstanceKey, 'result') };
  }

  const ages = (hitPolicy?: string, aggregation?: string) =>
    dmnTable({ hitPolicy, aggregation, inputs: ['age'], outputs: ['category'], rows: [['< 18', '"minor"', 'Art. 3(1)(k)'], ['>= 18', '"adult"'], ['[16..20]', '"young"']] });

  it('UNIQUE (the default): the one matching rule gives the result; two matches are an incident', async () => {
    const dmn = dmnTable({ inputs: ['age'], outputs: ['category'], rows: [['< 18', '"minor"'], ['>= 18', '"adult"']] });
    const { key, result } = await run(dmn, { age: 12 });
    expect(result).toBe('minor');
    expect(h.state(key)).toBe('COMPLETED');
    const overlap = await h.engine.createProcessInstance({ processDefinitionId: 'p', variables: { age: null } });
    expect(h.variable(overlap.processInstanceKey, 'result')).toBeNull(); // no rule matches null: null result
    await h.engine.deploy([{ name: 'd.dmn', content: ages() }]);
    const clash = await h.engine.createProcessInstance({ processDefinitionId: 'p', variables: { age: 17 } });
    expect(h.incidents(clash.processInstanceKey)).toEqual([expect.objectContaining({ element_id: 'decide', error_type: 'DECISION_EVALUATION_ERROR', error_message: expect.stringContaining('UNIQUE') })]);
  });

  it('FIRST takes the first match in rule order; ANY accepts matches that agree', async () => {
    expect((await run(ages('FIRST'), { age: 17 })).result).toBe('minor');
    const any = dmnTable({ hitPolicy: 'ANY', inputs: ['age'], outputs: ['category'], rows: [['< 18', '"minor"'], ['< 16', '"minor"']] });
    expect((await run(any, { age: 10 })).result).toBe('minor');
  });

  it('COLLECT and RULE ORDER give lists; COLLECT with an aggregation gives a number', async () => {
    expect((await run(ages('COLLECT'), { age: 17 })).result).toEqual(['minor', 'young']);
    expect((await run(ages('RULE ORDER'), { age: 19 })).result).toEqual(['adult', 'young']);
    expect((await run(ages('COLLECT'), { age: 40 })).result).toEqual(['adult']);
    const points = dmnTable({ hitPolicy: 'COLLECT', aggregation: 'SUM', inputs: ['risk'], outputs: ['points'], rows: [['"high","medium"', '2'], ['"high"', '3'], ['-', '1']] });
    expect((await run(points, { risk: 'high' })).result).toBe(6);
    const count = points.replace('aggregation="SUM"', 'aggregation="COUNT"');
    expect((await run(count, { risk: 'low' })).result).toBe(1);
    const max = points.replace('aggregation="SUM"', 'aggregation="MAX"');
    expect((await run(max, { risk: 'medium' })).result).toBe(2);
  });

  it('several outputs make a context; output entries are FEEL over the variables', async () => {
    const dmn = dmnTable({ hitPolicy: 'FIRST', inputs: ['days', 'kind'], outputs: ['late', 'note'], rows: [['> limit', '"appeal"', 'true', '"late by " + string(days - limit)'], ['-', '-', 'false', '']] });
    expect((await run(dmn, { days: 17, limit: 15, kind: 'appeal' })).result).toEqual({ late: true, note: 'late by 2' });
    expect((await run(dmn, { days: 3, limit: 15, kind: 'appeal' })).result).toEqual({ late: false, note: null });
  });

  it('no decision with the id is a CALLED_DECISION_ERROR incident; deploying it and resolving evaluates', async () => {
    await h.deploy('p.bpmn', ruleTask('missing'));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p', variables: { age: 3 } });
    const [incident] = h.incidents(processInstanceKey);
    expect(incident).toEqual(expect.objectContaining({ error_type: 'CALLED_DECISION_ERROR', element_id: 'decide' }));
    await h.engine.deploy([{ name: 'd.dmn', content: dmnTable({ decision: 'missing', inputs: ['age'], outputs: ['category'], rows: [['< 18', '"minor"']] }) }]);
    await h.engine.resolveIncident(String(incident.key));
    expect(h.variable(processInstanceKey, 'result')).toBe('minor');
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('records each evaluation as a decision instance and answers evaluateDecision with the matched rules', async () => {
    await run(ages('COLLECT'), { age: 17 });
    const rows = h.engine.db.prepare(`SELECT decision_id, state, result FROM decision_instances`).all();
    expect(rows).toEqual([{ decision_id: 'decision', state: 'EVALUATED', result: '["minor","young"]' }]);
    const answer = await h.engine.evaluateDecision({ decisionDefinitionId: 'decision', variables: { age: 17 } });
    expect(JSON.parse(answer.output)).toEqual(['minor', 'young']);
    expect(answer.evaluatedDecisions[0].matchedRules.map((r) => r.ruleId)).toEqual(['rule1', 'rule3']);
    expect(answer.failureMessage).toBe('');
  });

  it('versions decisions with their DRG and evaluates the latest version', async () => {
    const first = await h.engine.deploy([{ name: 'd.dmn', content: ages('FIRST') }]);
    const again = await h.engine.deploy([{ name: 'd.dmn', content: ages('FIRST') }]);
    expect(again.decisions[0].decisionDefinitionKey).toBe(first.decisions[0].decisionDefinitionKey);
    const second = await h.engine.deploy([{ name: 'd.dmn', content: ages('FIRST').replace('"minor"', '"child"') }]);
    expect(second.decisions[0].version).toBe(2);
    expect(second.decisionRequirements[0]).toEqual(expect.objectContaining({ decisionRequirementsId: 'drg', version: 2, resourceName: 'd.dmn' }));
    expect(JSON.parse((await h.engine.evaluateDecision({ decisionDefinitionId: 'decision', variables: { age: 1 } })).output)).toBe('child');
    expect(JSON.parse((await h.engine.evaluateDecision({ decisionDefinitionKey: first.decisions[0].decisionDefinitionKey, variables: { age: 1 } })).output)).toBe('minor');
  });

  it('refuses a table with bad FEEL or an unsupported hit policy, naming the element', async () => {
    const badTest = dmnTable({ inputs: ['age'], outputs: ['c'], rows: [['>>> 3', '"x"']] });
    await expect(h.engine.deploy([{ name: 'd.dmn', content: badTest }])).rejects.toThrow(/'rule1'.*unary tests/);
    const priority = dmnTable({ hitPolicy: 'PRIORITY', inputs: ['age'], outputs: ['c'], rows: [['-', '"x"']] });
    await expect(h.engine.deploy([{ name: 'd.dmn', content: priority }])).rejects.toThrow(/'decision'.*hit policy 'PRIORITY'/);
    await expect(h.deploy('p.bpmn', ruleTask('decision').replace(' resultVariable="result"', ''))).rejects.toThrow(/'decide'.*resultVariable/);
  });

  it('keeps decisions over a restart', async () => {
    await h.engine.deploy([{ name: 'd.dmn', content: ages('FIRST') }]);
    await h.engine.close();
    const { Engine } = await import('../engine');
    const reopened = await Engine.open({ dataDir: h.dir, synchronous: 'NORMAL' });
    try {
      expect(JSON.parse((await reopened.evaluateDecision({ decisionDefinitionId: 'decision', variables: { age: 30 } })).output)).toBe('adult');
    } finally {
      await reopened.close();
    }
  });
});
