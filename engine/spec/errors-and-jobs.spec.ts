import { definitions } from '../test-support/bpmn';
import { EngineHarness, linear, serviceTask } from '../test-support/harness';

const ERR = `<bpmn:error id="e1" name="Ineligible" errorCode="INELIGIBLE"/>`;
const withErrorBoundary = (code = 'errorRef="e1"') =>
  definitions(
    linear('p', [serviceTask('check', 'check')], `
    <bpmn:boundaryEvent id="caught" attachedToRef="check"><bpmn:extensionElements><zeebe:ioMapping><zeebe:output source="=reason" target="rejectionReason"/></zeebe:ioMapping></bpmn:extensionElements><bpmn:outgoing>x1</bpmn:outgoing><bpmn:errorEventDefinition ${code}/></bpmn:boundaryEvent>
    <bpmn:endEvent id="rejected"><bpmn:incoming>x1</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="x1" sourceRef="caught" targetRef="rejected"/>`),
    ERR,
  );

describe('jobs and errors', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start()));
  afterEach(() => h.stop());

  it('retries a failed job after its back-off, then raises JOB_NO_RETRIES, then resolves with new retries', async () => {
    await h.deploy('p.bpmn', definitions(linear('p', [serviceTask('check', 'check')])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    let [job] = await h.jobs('check');
    await h.engine.failJob(job.jobKey, { retries: 1, errorMessage: 'registry down', retryBackOff: 30_000 });
    expect(await h.jobs('check')).toEqual([]);
    await h.advance(30_000);
    [job] = await h.jobs('check');
    expect(job.retries).toBe(1);
    await h.engine.failJob(job.jobKey, { retries: 0, errorMessage: 'registry still down' });
    const [incident] = h.incidents(processInstanceKey);
    expect(incident).toMatchObject({ error_type: 'JOB_NO_RETRIES', error_message: 'registry still down', element_id: 'check' });
    await h.engine.updateJob(job.jobKey, { retries: 1 });
    await h.engine.resolveIncident(String(incident.key));
    [job] = await h.jobs('check');
    await h.engine.completeJob(job.jobKey, {});
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('makes a timed-out job activatable again', async () => {
    await h.deploy('p.bpmn', definitions(linear('p', [serviceTask('check', 'check')])));
    await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    const [job] = await h.engine.activateJobs({ type: 'check', timeout: 1000, maxJobsToActivate: 1, requestTimeout: -1 });
    await h.advance(1000);
    const [again] = await h.jobs('check');
    expect(again.jobKey).toBe(job.jobKey);
  });

  it('catches a BPMN error thrown by a worker on a boundary event with that code', async () => {
    await h.deploy('p.bpmn', withErrorBoundary());
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    const [job] = await h.jobs('check');
    await h.engine.throwJobError(job.jobKey, { errorCode: 'INELIGIBLE', errorMessage: 'Art. 79(4)', variables: { reason: 'minor' } });
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
    expect(h.completed(processInstanceKey)).toContain('rejected');
    // the error's variables reach the process only through the catch event's output mappings
    expect(h.variable(processInstanceKey, 'rejectionReason')).toBe('minor');
    expect(h.variable(processInstanceKey, 'reason')).toBeUndefined();
  });

  it('raises UNHANDLED_ERROR_EVENT for an error code nobody catches', async () => {
    await h.deploy('p.bpmn', withErrorBoundary());
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    const [job] = await h.jobs('check');
    await h.engine.throwJobError(job.jobKey, { errorCode: 'OTHER' });
    expect(h.incidents(processInstanceKey)).toEqual([expect.objectContaining({ error_type: 'UNHANDLED_ERROR_EVENT', element_id: 'check' })]);
  });

  it('keeps a job result local when the task holds that name from an input mapping (Zeebe propagation)', async () => {
    const io = `<zeebe:ioMapping><zeebe:input source="=1" target="attempt"/></zeebe:ioMapping>`;
    await h.deploy('p.bpmn', definitions(linear('p', [serviceTask('check', 'check', io)])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    const [job] = await h.jobs('check');
    await h.engine.completeJob(job.jobKey, { attempt: 2, outcome: 'ok' });
    expect(h.variable(processInstanceKey, 'attempt')).toBeUndefined();
    expect(h.variable(processInstanceKey, 'outcome')).toBe('ok');
  });

  it('applies input and output mappings around a job', async () => {
    const io = `<zeebe:ioMapping><zeebe:input source="=applicant.age" target="age"/><zeebe:output source="=age &lt; 18" target="minor"/></zeebe:ioMapping>`;
    await h.deploy('p.bpmn', definitions(linear('p', [serviceTask('check', 'check', io)])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p', variables: { applicant: { age: 16 } } });
    const [job] = await h.jobs('check');
    expect(job.variables).toMatchObject({ age: 16 });
    await h.engine.completeJob(job.jobKey, { age: 17 });
    expect(h.variable(processInstanceKey, 'minor')).toBe(true);
    expect(h.variable(processInstanceKey, 'age')).toBeUndefined();
  });

  it('raises CONDITION_ERROR when no gateway condition holds and there is no default', async () => {
    const xml = definitions(`<bpmn:process id="g" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
      <bpmn:exclusiveGateway id="gw"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing><bpmn:outgoing>f2</bpmn:outgoing></bpmn:exclusiveGateway>
      <bpmn:endEvent id="a"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent><bpmn:endEvent id="b"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="gw"/>
      <bpmn:sequenceFlow id="f1" sourceRef="gw" targetRef="a"><bpmn:conditionExpression>=x = 1</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="f2" sourceRef="gw" targetRef="b"><bpmn:conditionExpression>=x = 2</bpmn:conditionExpression></bpmn:sequenceFlow></bpmn:process>`);
    await h.deploy('g.bpmn', xml);
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'g', variables: { x: 3 } });
    const [incident] = h.incidents(processInstanceKey);
    expect(incident).toMatchObject({ error_type: 'CONDITION_ERROR', element_id: 'gw' });
    // fix the data, resolve: the gateway is evaluated again
    const root = processInstanceKey;
    await h.engine.setVariables(root, { x: 2 }, true);
    await h.engine.resolveIncident(String(incident.key));
    expect(h.completed(processInstanceKey)).toContain('b');
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('long-polls: a waiting activation returns as soon as a job is created', async () => {
    await h.deploy('p.bpmn', definitions(linear('p', [serviceTask('check', 'check')])));
    const pending = h.engine.activateJobs({ type: 'check', timeout: 5000, maxJobsToActivate: 1, requestTimeout: 30_000 });
    await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    const jobs = await pending;
    expect(jobs).toHaveLength(1);
  });
});
