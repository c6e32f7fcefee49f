import { Engine } from './engine';
import { definitions } from './test-support/bpmn';

const serviceGateway = definitions(`
<bpmn:process id="order" isExecutable="true">
  <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
  <bpmn:serviceTask id="check" name="Check">
    <bpmn:extensionElements><zeebe:taskDefinition type="check" retries="2"/><zeebe:taskHeaders><zeebe:header key="citation" value="Art. 79(1)(ç)"/></zeebe:taskHeaders></bpmn:extensionElements>
    <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
  </bpmn:serviceTask>
  <bpmn:exclusiveGateway id="gw" default="toLow"><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>toHigh</bpmn:outgoing><bpmn:outgoing>toLow</bpmn:outgoing></bpmn:exclusiveGateway>
  <bpmn:endEvent id="high"><bpmn:incoming>toHigh</bpmn:incoming></bpmn:endEvent>
  <bpmn:endEvent id="low"><bpmn:incoming>toLow</bpmn:incoming></bpmn:endEvent>
  <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check"/>
  <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="gw"/>
  <bpmn:sequenceFlow id="toHigh" sourceRef="gw" targetRef="high"><bpmn:conditionExpression>= score &gt; 10</bpmn:conditionExpression></bpmn:sequenceFlow>
  <bpmn:sequenceFlow id="toLow" sourceRef="gw" targetRef="low"/>
</bpmn:process>`);

describe('Engine', () => {
  let engine: Engine;
  beforeEach(async () => {
    engine = await Engine.open({ filename: ':memory:' });
  });
  afterEach(() => engine.close());

  it('runs start → service task → exclusive gateway → end', async () => {
    // given
    await engine.deploy([{ name: 'order.bpmn', content: serviceGateway }]);
    const { processInstanceKey } = await engine.createProcessInstance({ processDefinitionId: 'order', variables: { score: 3 } });

    // when
    const [job] = await engine.activateJobs({ type: 'check', timeout: 10_000, maxJobsToActivate: 5, worker: 'w', requestTimeout: -1 });
    await engine.completeJob(job.jobKey, { score: 42 });

    // then
    expect(job.customHeaders).toEqual({ citation: 'Art. 79(1)(ç)' });
    expect(job.variables).toEqual({ score: 3 });
    expect(job.retries).toBe(2);
    const pi = engine.db.prepare('SELECT state FROM process_instances WHERE key = ?').get(Number(processInstanceKey)) as { state: string };
    expect(pi.state).toBe('COMPLETED');
    const ends = engine.db.prepare(`SELECT element_id FROM element_instances WHERE process_instance_key = ? AND type = 'END_EVENT'`).all(Number(processInstanceKey));
    expect(ends).toEqual([{ element_id: 'high' }]);
  });
});
