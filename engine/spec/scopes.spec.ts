import { definitions } from '../test-support/bpmn';
import { EngineHarness, linear, serviceTask } from '../test-support/harness';

describe('scopes', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start()));
  afterEach(() => h.stop());

  it('runs an embedded sub-process and completes the parent after it', async () => {
    const sub = {
      id: 'sub',
      xml: (i: string, o: string) => `<bpmn:subProcess id="sub">${i}${o}
        <bpmn:startEvent id="ss"><bpmn:outgoing>s1</bpmn:outgoing></bpmn:startEvent>
        <bpmn:serviceTask id="inner"><bpmn:extensionElements><zeebe:taskDefinition type="inner"/></bpmn:extensionElements><bpmn:incoming>s1</bpmn:incoming><bpmn:outgoing>s2</bpmn:outgoing></bpmn:serviceTask>
        <bpmn:endEvent id="se"><bpmn:incoming>s2</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="s1" sourceRef="ss" targetRef="inner"/><bpmn:sequenceFlow id="s2" sourceRef="inner" targetRef="se"/>
      </bpmn:subProcess>`,
    };
    await h.deploy('p.bpmn', definitions(linear('p', [sub])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    expect(h.active(processInstanceKey)).toEqual(['sub', 'inner']);
    const [job] = await h.jobs('inner');
    await h.engine.completeJob(job.jobKey, { done: true });
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
    expect(h.variable(processInstanceKey, 'done')).toBe(true);
  });

  const withEventSubProcess = (interrupting: boolean) =>
    definitions(
      linear('p', [serviceTask('work', 'work')], `
      <bpmn:subProcess id="esp" triggeredByEvent="true">
        <bpmn:startEvent id="req" isInterrupting="${interrupting}"><bpmn:outgoing>e1</bpmn:outgoing><bpmn:messageEventDefinition messageRef="m"/></bpmn:startEvent>
        <bpmn:serviceTask id="handle"><bpmn:extensionElements><zeebe:taskDefinition type="handle"/></bpmn:extensionElements><bpmn:incoming>e1</bpmn:incoming><bpmn:outgoing>e2</bpmn:outgoing></bpmn:serviceTask>
        <bpmn:endEvent id="ee"><bpmn:incoming>e2</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="e1" sourceRef="req" targetRef="handle"/><bpmn:sequenceFlow id="e2" sourceRef="handle" targetRef="ee"/>
      </bpmn:subProcess>`),
      `<bpmn:message id="m" name="voluntary-return-requested"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseId"/></bpmn:extensionElements></bpmn:message>`,
    );

  it('non-interrupting message event sub-process runs beside the main flow', async () => {
    await h.deploy('p.bpmn', withEventSubProcess(false));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p', variables: { caseId: 'K-1' } });
    await h.engine.publishMessage({ name: 'voluntary-return-requested', correlationKey: 'K-1', variables: { requestedOn: '2026-01-05' } });
    expect(h.active(processInstanceKey)).toEqual(['work', 'esp', 'handle']);
    const [handle] = await h.jobs('handle');
    expect(handle.variables.requestedOn).toBe('2026-01-05');
    await h.engine.completeJob(handle.jobKey, {});
    const [work] = await h.jobs('work');
    await h.engine.completeJob(work.jobKey, {});
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('interrupting message event sub-process cancels the main flow', async () => {
    await h.deploy('p.bpmn', withEventSubProcess(true));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p', variables: { caseId: 'K-1' } });
    await h.engine.publishMessage({ name: 'voluntary-return-requested', correlationKey: 'K-1' });
    expect(h.active(processInstanceKey)).toEqual(['esp', 'handle']);
    expect(await h.jobs('work')).toEqual([]);
    const [handle] = await h.jobs('handle');
    await h.engine.completeJob(handle.jobKey, {});
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('error end event in a sub-process is caught by an error event sub-process of the process', async () => {
    const xml = definitions(`<bpmn:process id="p" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
      <bpmn:subProcess id="sub"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing>
        <bpmn:startEvent id="ss"><bpmn:outgoing>s1</bpmn:outgoing></bpmn:startEvent>
        <bpmn:endEvent id="boom"><bpmn:incoming>s1</bpmn:incoming><bpmn:errorEventDefinition errorRef="err"/></bpmn:endEvent>
        <bpmn:sequenceFlow id="s1" sourceRef="ss" targetRef="boom"/>
      </bpmn:subProcess>
      <bpmn:endEvent id="e"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="sub"/><bpmn:sequenceFlow id="f1" sourceRef="sub" targetRef="e"/>
      <bpmn:subProcess id="onError" triggeredByEvent="true">
        <bpmn:startEvent id="es"><bpmn:outgoing>x1</bpmn:outgoing><bpmn:errorEventDefinition errorRef="err"/></bpmn:startEvent>
        <bpmn:endEvent id="handled"><bpmn:incoming>x1</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="x1" sourceRef="es" targetRef="handled"/>
      </bpmn:subProcess></bpmn:process>`, `<bpmn:error id="err" errorCode="READMISSION_REFUSED"/>`);
    await h.deploy('p.bpmn', xml);
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
    expect(h.completed(processInstanceKey)).toContain('handled');
    expect(h.completed(processInstanceKey)).not.toContain('e');
  });

  it('multi-instance parallel collects an output collection in order', async () => {
    const mi = serviceTask('notify', 'notify');
    const xml = definitions(linear('p', [{
      id: 'notify',
      xml: (i: string, o: string) => `<bpmn:serviceTask id="notify"><bpmn:extensionElements><zeebe:taskDefinition type="notify"/></bpmn:extensionElements>${i}${o}
        <bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=recipients" inputElement="recipient" outputCollection="receipts" outputElement="=receipt"/></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:serviceTask>`,
    }]));
    void mi;
    await h.deploy('p.bpmn', xml);
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p', variables: { recipients: ['person', 'lawyer', 'representative'] } });
    const jobs = await h.jobs('notify');
    expect(jobs.map((j) => j.variables.recipient)).toEqual(['person', 'lawyer', 'representative']);
    for (const j of [...jobs].reverse()) await h.engine.completeJob(j.jobKey, { receipt: `sent:${j.variables.recipient}` });
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
    expect(h.variable(processInstanceKey, 'receipts')).toEqual(['sent:person', 'sent:lawyer', 'sent:representative']);
  });

  it('multi-instance sequential runs one at a time', async () => {
    const xml = definitions(linear('p', [{
      id: 'renew',
      xml: (i: string, o: string) => `<bpmn:serviceTask id="renew"><bpmn:extensionElements><zeebe:taskDefinition type="renew"/></bpmn:extensionElements>${i}${o}
        <bpmn:multiInstanceLoopCharacteristics isSequential="true"><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=[1,2]" inputElement="n"/></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:serviceTask>`,
    }]));
    await h.deploy('p.bpmn', xml);
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    const first = await h.jobs('renew');
    expect(first.map((j) => j.variables.n)).toEqual([1]);
    await h.engine.completeJob(first[0].jobKey, {});
    const second = await h.jobs('renew');
    expect(second.map((j) => j.variables.n)).toEqual([2]);
    await h.engine.completeJob(second[0].jobKey, {});
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('call activity: input mappings go down, child variables come back through output mappings', async () => {
    await h.deploy('child.bpmn', definitions(linear('child', [serviceTask('c', 'child-work')])));
    const call = {
      id: 'call',
      xml: (i: string, o: string) => `<bpmn:callActivity id="call"><bpmn:extensionElements><zeebe:calledElement processId="child" propagateAllChildVariables="false"/>
        <zeebe:ioMapping><zeebe:input source="=applicant.name" target="name"/><zeebe:output source="=outcome" target="childOutcome"/></zeebe:ioMapping></bpmn:extensionElements>${i}${o}</bpmn:callActivity>`,
    };
    await h.deploy('parent.bpmn', definitions(linear('parent', [call])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'parent', variables: { applicant: { name: 'Deniz Örnek' }, secret: 1 } });
    const [job] = await h.jobs('child-work');
    expect(job.processDefinitionId).toBe('child');
    expect(job.variables).toMatchObject({ name: 'Deniz Örnek', applicant: { name: 'Deniz Örnek' } });
    await h.engine.completeJob(job.jobKey, { outcome: 'granted', noise: 'x' });
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
    expect(h.variable(processInstanceKey, 'childOutcome')).toBe('granted');
    expect(h.variable(processInstanceKey, 'noise')).toBeUndefined();
  });

  it('call activity: the child variables reach the parent even where an input mapping shadowed them', async () => {
    await h.deploy('child.bpmn', definitions(linear('child', [serviceTask('c', 'child-work')])));
    const call = { id: 'call', xml: (i: string, o: string) => `<bpmn:callActivity id="call"><bpmn:extensionElements><zeebe:calledElement processId="child"/><zeebe:ioMapping><zeebe:input source="=p * 10" target="p"/></zeebe:ioMapping></bpmn:extensionElements>${i}${o}</bpmn:callActivity>` };
    await h.deploy('parent.bpmn', definitions(linear('parent', [call])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'parent', variables: { p: 1 } });
    const [job] = await h.jobs('child-work');
    expect(job.variables.p).toBe(10);
    await h.engine.completeJob(job.jobKey, { q: 11 });
    expect(h.variable(processInstanceKey, 'p')).toBe(10);
    expect(h.variable(processInstanceKey, 'q')).toBe(11);
  });

  it('cancelling the parent terminates the called child', async () => {
    await h.deploy('child.bpmn', definitions(linear('child', [serviceTask('c', 'child-work')])));
    const call = { id: 'call', xml: (i: string, o: string) => `<bpmn:callActivity id="call"><bpmn:extensionElements><zeebe:calledElement processId="child"/></bpmn:extensionElements>${i}${o}</bpmn:callActivity>` };
    await h.deploy('parent.bpmn', definitions(linear('parent', [call])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'parent' });
    await h.engine.cancelProcessInstance(processInstanceKey);
    expect(h.state(processInstanceKey)).toBe('TERMINATED');
    const child = h.engine.db.prepare(`SELECT state FROM process_instances WHERE bpmn_process_id = 'child'`).get();
    expect(child).toEqual({ state: 'TERMINATED' });
    expect(await h.jobs('child-work')).toEqual([]);
  });

  it('parallel gateway joins both branches; inclusive gateway takes every true branch and joins them', async () => {
    const xml = definitions(`<bpmn:process id="g" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
      <bpmn:inclusiveGateway id="fork"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>a</bpmn:outgoing><bpmn:outgoing>b</bpmn:outgoing><bpmn:outgoing>c</bpmn:outgoing></bpmn:inclusiveGateway>
      <bpmn:serviceTask id="ta"><bpmn:extensionElements><zeebe:taskDefinition type="ta"/></bpmn:extensionElements><bpmn:incoming>a</bpmn:incoming><bpmn:outgoing>a2</bpmn:outgoing></bpmn:serviceTask>
      <bpmn:serviceTask id="tb"><bpmn:extensionElements><zeebe:taskDefinition type="tb"/></bpmn:extensionElements><bpmn:incoming>b</bpmn:incoming><bpmn:outgoing>b2</bpmn:outgoing></bpmn:serviceTask>
      <bpmn:serviceTask id="tc"><bpmn:extensionElements><zeebe:taskDefinition type="tc"/></bpmn:extensionElements><bpmn:incoming>c</bpmn:incoming><bpmn:outgoing>c2</bpmn:outgoing></bpmn:serviceTask>
      <bpmn:inclusiveGateway id="join"><bpmn:incoming>a2</bpmn:incoming><bpmn:incoming>b2</bpmn:incoming><bpmn:incoming>c2</bpmn:incoming><bpmn:outgoing>f9</bpmn:outgoing></bpmn:inclusiveGateway>
      <bpmn:endEvent id="e"><bpmn:incoming>f9</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="fork"/>
      <bpmn:sequenceFlow id="a" sourceRef="fork" targetRef="ta"><bpmn:conditionExpression>=safety</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="b" sourceRef="fork" targetRef="tb"><bpmn:conditionExpression>=health</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="c" sourceRef="fork" targetRef="tc"><bpmn:conditionExpression>=special</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="a2" sourceRef="ta" targetRef="join"/><bpmn:sequenceFlow id="b2" sourceRef="tb" targetRef="join"/><bpmn:sequenceFlow id="c2" sourceRef="tc" targetRef="join"/>
      <bpmn:sequenceFlow id="f9" sourceRef="join" targetRef="e"/></bpmn:process>`);
    await h.deploy('g.bpmn', xml);
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'g', variables: { safety: true, health: false, special: true } });
    expect(h.active(processInstanceKey)).toEqual(['ta', 'tc']);
    const [ja] = await h.jobs('ta');
    await h.engine.completeJob(ja.jobKey, {});
    expect(h.state(processInstanceKey)).toBe('ACTIVE');
    const [jc] = await h.jobs('tc');
    await h.engine.completeJob(jc.jobKey, {});
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
    expect(h.completed(processInstanceKey).filter((id) => id === 'join')).toHaveLength(1);
  });

  it('terminate end event ends the whole scope', async () => {
    const xml = definitions(`<bpmn:process id="t" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
      <bpmn:parallelGateway id="fork"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>a</bpmn:outgoing><bpmn:outgoing>b</bpmn:outgoing></bpmn:parallelGateway>
      <bpmn:serviceTask id="ta"><bpmn:extensionElements><zeebe:taskDefinition type="ta"/></bpmn:extensionElements><bpmn:incoming>a</bpmn:incoming></bpmn:serviceTask>
      <bpmn:endEvent id="stop"><bpmn:incoming>b</bpmn:incoming><bpmn:terminateEventDefinition/></bpmn:endEvent>
      <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="fork"/><bpmn:sequenceFlow id="a" sourceRef="fork" targetRef="ta"/><bpmn:sequenceFlow id="b" sourceRef="fork" targetRef="stop"/></bpmn:process>`);
    await h.deploy('t.bpmn', xml);
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 't' });
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
    expect(await h.jobs('ta')).toEqual([]);
  });

  it('script task evaluates FEEL into its result variable', async () => {
    const script = { id: 'calc', xml: (i: string, o: string) => `<bpmn:scriptTask id="calc"><bpmn:extensionElements><zeebe:script expression="=count(grounds) &gt; 0" resultVariable="accelerated"/></bpmn:extensionElements>${i}${o}</bpmn:scriptTask>` };
    await h.deploy('s.bpmn', definitions(linear('s', [script])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 's', variables: { grounds: ['Art. 79(1)(ç)'] } });
    expect(h.variable(processInstanceKey, 'accelerated')).toBe(true);
  });
});
