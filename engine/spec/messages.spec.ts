import { definitions } from '../test-support/bpmn';
import { EngineHarness, linear, serviceTask } from '../test-support/harness';

const MSG = `<bpmn:message id="m1" name="court-action-filed"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseId"/></bpmn:extensionElements></bpmn:message>`;
const catchMsg = (id: string) => ({
  id,
  xml: (i: string, o: string) => `<bpmn:intermediateCatchEvent id="${id}">${i}${o}<bpmn:messageEventDefinition messageRef="m1"/></bpmn:intermediateCatchEvent>`,
});

describe('messages', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start()));
  afterEach(() => h.stop());

  it('correlates by name and correlation key and merges the message variables', async () => {
    await h.deploy('m.bpmn', definitions(linear('m', [catchMsg('wait')]), MSG));
    const a = await h.engine.createProcessInstance({ processDefinitionId: 'm', variables: { caseId: 'A-1' } });
    const b = await h.engine.createProcessInstance({ processDefinitionId: 'm', variables: { caseId: 'B-2' } });
    await h.engine.publishMessage({ name: 'court-action-filed', correlationKey: 'B-2', variables: { filedOn: '2026-01-06' } });
    expect(h.state(a.processInstanceKey)).toBe('ACTIVE');
    expect(h.state(b.processInstanceKey)).toBe('COMPLETED');
    expect(h.variable(b.processInstanceKey, 'filedOn')).toBe('2026-01-06');
  });

  it('buffers a message for its time to live and correlates it when the subscription opens', async () => {
    await h.deploy('m.bpmn', definitions(linear('m', [serviceTask('prep', 'prep'), catchMsg('wait')]), MSG));
    await h.engine.publishMessage({ name: 'court-action-filed', correlationKey: 'A-1', timeToLive: 60_000 });
    const a = await h.engine.createProcessInstance({ processDefinitionId: 'm', variables: { caseId: 'A-1' } });
    const [job] = await h.jobs('prep');
    await h.engine.completeJob(job.jobKey, {});
    expect(h.state(a.processInstanceKey)).toBe('COMPLETED');
  });

  it('drops a buffered message after its time to live', async () => {
    await h.deploy('m.bpmn', definitions(linear('m', [serviceTask('prep', 'prep'), catchMsg('wait')]), MSG));
    await h.engine.publishMessage({ name: 'court-action-filed', correlationKey: 'A-1', timeToLive: 60_000 });
    const a = await h.engine.createProcessInstance({ processDefinitionId: 'm', variables: { caseId: 'A-1' } });
    await h.advance(60_000);
    const [job] = await h.jobs('prep');
    await h.engine.completeJob(job.jobKey, {});
    expect(h.state(a.processInstanceKey)).toBe('ACTIVE');
    expect(h.active(a.processInstanceKey)).toEqual(['wait']);
  });

  it('correlates a buffered message only once per process', async () => {
    await h.deploy('m.bpmn', definitions(linear('m', [catchMsg('wait')]), MSG));
    await h.engine.publishMessage({ name: 'court-action-filed', correlationKey: 'A-1', timeToLive: 60_000 });
    const first = await h.engine.createProcessInstance({ processDefinitionId: 'm', variables: { caseId: 'A-1' } });
    const second = await h.engine.createProcessInstance({ processDefinitionId: 'm', variables: { caseId: 'A-1' } });
    expect(h.state(first.processInstanceKey)).toBe('COMPLETED');
    expect(h.state(second.processInstanceKey)).toBe('ACTIVE');
  });

  it('correlate (not publish) fails with NOT_FOUND when nothing waits', async () => {
    await expect(h.engine.correlateMessage({ name: 'nothing', correlationKey: 'x' })).rejects.toMatchObject({ kind: 'NOT_FOUND' });
  });

  it('starts a process on a message start event', async () => {
    const xml = definitions(`<bpmn:process id="vr" isExecutable="true">
      <bpmn:startEvent id="req"><bpmn:outgoing>f</bpmn:outgoing><bpmn:messageEventDefinition messageRef="m2"/></bpmn:startEvent>
      <bpmn:endEvent id="e"><bpmn:incoming>f</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f" sourceRef="req" targetRef="e"/></bpmn:process>`, `<bpmn:message id="m2" name="return-requested"/>`);
    await h.deploy('vr.bpmn', xml);
    const res = await h.engine.correlateMessage({ name: 'return-requested', correlationKey: '', variables: { caseId: 'C-3' } });
    expect(h.state(res.processInstanceKey)).toBe('COMPLETED');
    expect(h.variable(res.processInstanceKey, 'caseId')).toBe('C-3');
  });

  it('event-based gateway: the message wins over the timer', async () => {
    const xml = definitions(`<bpmn:process id="eb" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
      <bpmn:eventBasedGateway id="gw"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing><bpmn:outgoing>f2</bpmn:outgoing></bpmn:eventBasedGateway>
      <bpmn:intermediateCatchEvent id="filed"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing><bpmn:messageEventDefinition messageRef="m1"/></bpmn:intermediateCatchEvent>
      <bpmn:intermediateCatchEvent id="expired"><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f4</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeDuration>P15D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
      <bpmn:endEvent id="court"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
      <bpmn:endEvent id="removal"><bpmn:incoming>f4</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="gw"/><bpmn:sequenceFlow id="f1" sourceRef="gw" targetRef="filed"/>
      <bpmn:sequenceFlow id="f2" sourceRef="gw" targetRef="expired"/><bpmn:sequenceFlow id="f3" sourceRef="filed" targetRef="court"/>
      <bpmn:sequenceFlow id="f4" sourceRef="expired" targetRef="removal"/></bpmn:process>`, MSG);
    await h.deploy('eb.bpmn', xml);
    const a = await h.engine.createProcessInstance({ processDefinitionId: 'eb', variables: { caseId: 'A' } });
    const b = await h.engine.createProcessInstance({ processDefinitionId: 'eb', variables: { caseId: 'B' } });
    await h.engine.publishMessage({ name: 'court-action-filed', correlationKey: 'A' });
    await h.advance(15 * 86_400_000);
    expect(h.completed(a.processInstanceKey)).toContain('court');
    expect(h.completed(a.processInstanceKey)).not.toContain('removal');
    expect(h.completed(b.processInstanceKey)).toContain('removal');
    expect(h.engine.db.prepare('SELECT COUNT(*) AS n FROM timers').get()).toEqual({ n: 0 });
  });
});
