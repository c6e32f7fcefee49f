import { OrchestrationLifters } from '@camunda8/sdk';
import * as fs from 'node:fs';
import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { fixture, NOW, rejection } from './support/helpers';
import { Scenario } from './support/scenario';

/**
 * DMN as Camunda 8.8 serves it: .dmn resources deploy beside BPMN (decisionDefinition and
 * decisionRequirements entries in the deployment), business-rule tasks with zeebe:calledDecision
 * evaluate the latest version, and the decision endpoints search, return the XML and evaluate.
 */
describe('decisions (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
  });

  afterAll(async () => {
    await rt?.stop();
  });

  it('deploys a DRG beside a process and reports its decision and requirements', async () => {
    // when
    const deployment = await s.deploy('decision-task.bpmn', 'applicant-category.dmn');

    // then
    expect(deployment.decisions).toEqual([expect.objectContaining({ decisionDefinitionId: 'conf-applicant-category', decisionRequirementsId: 'conf-applicant-drg', version: expect.any(Number) })]);
    expect(deployment.decisionRequirements).toEqual([expect.objectContaining({ decisionRequirementsId: 'conf-applicant-drg', resourceName: 'applicant-category.dmn' })]);
  });

  it('a business-rule task evaluates the decision table into its result variable', async () => {
    // when
    const minor = await s.start('conf-decision-task', { age: 15, accompanied: false });
    const adult = await s.start('conf-decision-task', { age: 30, accompanied: true });

    // then
    await s.completed(minor);
    await s.completed(adult);
    expect((await s.variables(minor)).category).toBe('unaccompanied-minor');
    expect((await s.variables(adult)).category).toBe('adult');
    const instances = await rt.api.searchDecisionInstances({ filter: { processInstanceKey: minor } }, NOW);
    expect(instances.items?.map((i) => [i.decisionDefinitionId, i.state, i.result])).toEqual([['conf-applicant-category', 'EVALUATED', '"unaccompanied-minor"']]);
  });

  it('a decision that is not deployed is a CALLED_DECISION_ERROR incident on the task', async () => {
    // given
    const xml = fs.readFileSync(fixture('decision-task.bpmn'), 'utf8').replace(/conf-decision-task/g, 'conf-decision-missing').replace('decisionId="conf-applicant-category"', 'decisionId="conf-not-deployed"');
    await rt.api.createDeployment({ resources: [new File([xml], 'decision-missing.bpmn')] });

    // when
    const pik = await s.start('conf-decision-missing', { age: 15 });

    // then
    const incident = await s.incident(pik);
    expect(incident.errorType).toBe('CALLED_DECISION_ERROR');
    expect(incident.elementId).toBe('Classify');
  });

  it('searches decision definitions, returns the DRG XML and evaluates a decision by id', async () => {
    // when
    const found = await rt.api.searchDecisionDefinitions({ filter: { decisionDefinitionId: 'conf-applicant-category' } } as never, NOW);
    const key = found.items![0].decisionDefinitionKey!;
    const xml = await rt.api.getDecisionDefinitionXml({ decisionDefinitionKey: key }, NOW);
    const evaluated = await rt.api.evaluateDecision({ decisionDefinitionId: OrchestrationLifters.DecisionDefinitionId.assumeExists('conf-applicant-category'), variables: { age: 10, accompanied: true } } as never);

    // then
    expect(found.items).toHaveLength(1);
    expect(String(xml)).toContain('Art. 3(1)(k)');
    expect(JSON.parse(evaluated.output)).toBe('minor');
    expect(evaluated.evaluatedDecisions[0].matchedRules?.map((r) => r.ruleId)).toEqual(['AccompaniedMinor']);
  });

  it('refuses a DMN table with invalid FEEL and names the rule', async () => {
    // given
    const broken = fs.readFileSync(fixture('applicant-category.dmn'), 'utf8').replace('&lt; 18</text></inputEntry><inputEntry id="r1b">', '&lt;&lt; 18</text></inputEntry><inputEntry id="r1b">');

    // when
    const error = await rejection(rt.api.createDeployment({ resources: [new File([broken], 'broken.dmn')] }));

    // then
    expect(error.status).toBe(400);
    expect(error.detail).toContain("'UnaccompaniedMinor'");
  });
});
