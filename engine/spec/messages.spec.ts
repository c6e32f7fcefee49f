import { definitions } from '../test-support/bpmn';
import { EngineHarness, linear, serviceTask, subProcessWithPauseAndAbort } from '../test-support/harness';

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

  it('starts a process on a message start event whose name is a FEEL expression, evaluated without variables', async () => {
    const xml = (name: string) =>
      definitions(`<bpmn:process id="vr" isExecutable="true">
      <bpmn:startEvent id="req"><bpmn:outgoing>f</bpmn:outgoing><bpmn:messageEventDefinition messageRef="m2"/></bpmn:startEvent>
      <bpmn:endEvent id="e"><bpmn:incoming>f</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f" sourceRef="req" targetRef="e"/></bpmn:process>`, `<bpmn:message id="m2" name="${name}"/>`);
    await h.deploy('vr.bpmn', xml('=&quot;return-&quot; + &quot;requested&quot;'));
    const res = await h.engine.correlateMessage({ name: 'return-requested', correlationKey: '' });
    expect(h.state(res.processInstanceKey)).toBe('COMPLETED');
    await expect(h.deploy('vr.bpmn', xml('=caseType + &quot;-requested&quot;'))).rejects.toThrow(/Element 'req': the message name of a message start event is evaluated at deployment/);
  });

  it('an interrupting event sub-process of a sub-process leaves the sub-process message boundary event open', async () => {
    // given: a sub-process with an interrupting message event sub-process, and a message boundary event on it
    const msgs = ['pause', 'abort'].map((n) => `<bpmn:message id="m-${n}" name="${n}"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseId"/></bpmn:extensionElements></bpmn:message>`).join('');
    const xml = definitions(subProcessWithPauseAndAbort(`<bpmn:messageEventDefinition messageRef="m-pause"/>`, `<bpmn:messageEventDefinition messageRef="m-abort"/>`), msgs);
    await h.deploy('p.bpmn', xml);
    const a = await h.engine.createProcessInstance({ processDefinitionId: 'p', variables: { caseId: 'K-1' } });

    // when
    await h.engine.publishMessage({ name: 'pause', correlationKey: 'K-1' });
    const afterPause = h.state(a.processInstanceKey);
    await h.engine.publishMessage({ name: 'abort', correlationKey: 'K-1' });

    // then: the pause interrupted the inner work only; the abort on the sub-process still worked
    expect(afterPause).toBe('ACTIVE');
    expect(h.state(a.processInstanceKey)).toBe('COMPLETED');
    expect(h.completed(a.processInstanceKey)).toContain('aborted');
  });

  it('opens each boundary subscription once when a failed activation is resolved', async () => {
    // given: two message boundary events; the second one's correlation key needs a variable that is missing
    const msgs = `<bpmn:message id="m-a" name="a"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseId"/></bpmn:extensionElements></bpmn:message>
      <bpmn:message id="m-b" name="b"><bpmn:extensionElements><zeebe:subscription correlationKey="=otherId"/></bpmn:extensionElements></bpmn:message>`;
    const xml = definitions(
      linear('p', [serviceTask('task', 'work')], `
      <bpmn:boundaryEvent id="onA" attachedToRef="task" cancelActivity="false"><bpmn:outgoing>a1</bpmn:outgoing><bpmn:messageEventDefinition messageRef="m-a"/></bpmn:boundaryEvent>
      <bpmn:boundaryEvent id="onB" attachedToRef="task" cancelActivity="false"><bpmn:outgoing>b1</bpmn:outgoing><bpmn:messageEventDefinition messageRef="m-b"/></bpmn:boundaryEvent>
      <bpmn:endEvent id="ea"><bpmn:incoming>a1</bpmn:incoming></bpmn:endEvent>
      <bpmn:endEvent id="eb"><bpmn:incoming>b1</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="a1" sourceRef="onA" targetRef="ea"/>
      <bpmn:sequenceFlow id="b1" sourceRef="onB" targetRef="eb"/>`),
      msgs,
    );
    await h.deploy('p.bpmn', xml);
    const pi = await h.engine.createProcessInstance({ processDefinitionId: 'p', variables: { caseId: 'K-7' } });
    const subscriptions = () => h.engine.db.prepare(`SELECT element_id FROM message_subscriptions WHERE process_instance_key = ? ORDER BY element_id`).all(Number(pi.processInstanceKey));
    const [incident] = h.incidents(pi.processInstanceKey);
    const duringIncident = subscriptions();

    // when
    await h.engine.setVariables(pi.processInstanceKey, { otherId: 'K-8' }, false);
    await h.engine.resolveIncident(String(incident.key));

    // then
    expect(duringIncident).toEqual([]);
    expect(subscriptions()).toEqual([{ element_id: 'onA' }, { element_id: 'onB' }]);
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

  describe('one message-started instance per correlation key (Zeebe)', () => {
    /** Starts on the message `order-placed` and waits at a service task; `startId` tells versions apart. */
    const orderProcess = (startId = 'placed') =>
      definitions(`<bpmn:process id="ord" isExecutable="true">
        <bpmn:startEvent id="${startId}"><bpmn:outgoing>f1</bpmn:outgoing><bpmn:messageEventDefinition messageRef="m3"/></bpmn:startEvent>
        <bpmn:serviceTask id="handle"><bpmn:extensionElements><zeebe:taskDefinition type="handle"/></bpmn:extensionElements><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:serviceTask>
        <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="f1" sourceRef="${startId}" targetRef="handle"/><bpmn:sequenceFlow id="f2" sourceRef="handle" targetRef="e"/></bpmn:process>`, `<bpmn:message id="m3" name="order-placed"/>`);
    const publish = (correlationKey: string, x: number, timeToLive = 60_000, tenantId?: string) =>
      h.engine.publishMessage({ name: 'order-placed', correlationKey, timeToLive, variables: { x }, tenantId });
    const instances = () =>
      h.engine.db.prepare(`SELECT key, version, state FROM process_instances WHERE bpmn_process_id = 'ord' ORDER BY key`).all() as Array<{ key: number; version: number; state: string }>;
    const xs = () => instances().map((i) => h.variable(String(i.key), 'x'));
    const active = () => instances().filter((i) => i.state === 'ACTIVE');
    async function completeHandle(): Promise<void> {
      const [job] = await h.jobs('handle', 1);
      await h.engine.completeJob(job.jobKey, {});
    }

    beforeEach(async () => h.deploy('ord.bpmn', orderProcess()));

    it('does not start a second instance while the first one started with the key is active', async () => {
      await publish('K-1', 1);
      await publish('K-1', 2);
      expect(xs()).toEqual([1]);
      expect(active()).toHaveLength(1);
    });

    it('starts the next instance from the buffered message when the first completes, one per completion, in publication order', async () => {
      await publish('K-1', 1);
      const second = await publish('K-1', 2);
      await publish('K-1', 3);

      await completeHandle();
      expect(instances().map((i) => i.state)).toEqual(['COMPLETED', 'ACTIVE']);
      expect(xs()).toEqual([1, 2]);
      // Recorded like the other correlations.
      const correlated = h.engine.db.prepare(`SELECT key, process_instance_key, element_id, data FROM history WHERE kind = 'MESSAGE' AND intent = 'CORRELATED' ORDER BY seq`).all() as any[];
      expect(correlated).toHaveLength(2);
      expect(correlated[1]).toMatchObject({ key: Number(second.messageKey), process_instance_key: instances()[1].key, element_id: 'placed' });
      expect(JSON.parse(correlated[1].data)).toEqual({ startEvent: true, buffered: true });

      await completeHandle();
      expect(xs()).toEqual([1, 2, 3]);
      await completeHandle();
      expect(instances().map((i) => i.state)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED']);
      // Each buffered message started exactly one instance.
      expect(h.engine.db.prepare(`SELECT COUNT(*) AS n FROM message_correlations WHERE bpmn_process_id = 'ord'`).get()).toEqual({ n: 3 });
    });

    it('starts the next instance when the first is cancelled', async () => {
      await publish('K-1', 1);
      await publish('K-1', 2);
      expect(active()).toHaveLength(1);
      await h.engine.cancelProcessInstance(String(instances()[0].key));
      expect(instances().map((i) => i.state)).toEqual(['TERMINATED', 'ACTIVE']);
      expect(xs()).toEqual([1, 2]);
    });

    it('always starts an instance for an empty correlation key', async () => {
      await publish('', 1);
      await publish('', 2);
      expect(active()).toHaveLength(2);
    });

    it('starts independently for different keys and for the same key in another tenant', async () => {
      await h.engine.deploy([{ name: 'ord.bpmn', content: orderProcess() }], 'tenant-b');
      await publish('K-1', 1);
      await publish('K-2', 2);
      await publish('K-1', 3, 60_000, 'tenant-b');
      expect(xs()).toEqual([1, 2, 3]);
    });

    it('drops a message with TTL 0 that met an instance holding its key', async () => {
      await publish('K-1', 1);
      await publish('K-1', 2, 0);
      await completeHandle();
      expect(xs()).toEqual([1]);
      expect(active()).toHaveLength(0);
    });

    it('drops a waiting message whose TTL ran out before the instance ended', async () => {
      await publish('K-1', 1);
      await publish('K-1', 2, 60_000);
      await h.advance(60_000);
      await completeHandle();
      expect(xs()).toEqual([1]);
    });

    it('holds the key across versions, and the waiting message starts the latest version', async () => {
      await publish('K-1', 1);
      await h.deploy('ord.bpmn', orderProcess('placed-v2'));
      await publish('K-1', 2);
      expect(instances().map((i) => i.version)).toEqual([1]);
      await completeHandle();
      expect(instances().map((i) => [i.version, i.state])).toEqual([[1, 'COMPLETED'], [2, 'ACTIVE']]);
      expect(xs()).toEqual([1, 2]);
      expect(h.active(String(instances()[1].key))).toEqual(['handle']);
    });

    it('correlate (not publish) answers NOT_FOUND while the key is held and leaves nothing waiting', async () => {
      await publish('K-1', 1);
      await expect(h.engine.correlateMessage({ name: 'order-placed', correlationKey: 'K-1', variables: { x: 2 } })).rejects.toMatchObject({ kind: 'NOT_FOUND' });
      await completeHandle();
      expect(xs()).toEqual([1]);
    });

    it('a message caught by the holding instance does not start another one afterwards', async () => {
      // The instance catches `order-placed` itself (key from its variable `k`): the second message goes
      // there (once per process id) and must not start a new instance when this one ends.
      await h.deploy('ord.bpmn', definitions(`<bpmn:process id="ord" isExecutable="true">
        <bpmn:startEvent id="placed"><bpmn:outgoing>f1</bpmn:outgoing><bpmn:messageEventDefinition messageRef="m3"/></bpmn:startEvent>
        <bpmn:intermediateCatchEvent id="again"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing><bpmn:messageEventDefinition messageRef="m3"/></bpmn:intermediateCatchEvent>
        <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="f1" sourceRef="placed" targetRef="again"/><bpmn:sequenceFlow id="f2" sourceRef="again" targetRef="e"/></bpmn:process>`,
        `<bpmn:message id="m3" name="order-placed"><bpmn:extensionElements><zeebe:subscription correlationKey="=k"/></bpmn:extensionElements></bpmn:message>`));
      await h.engine.publishMessage({ name: 'order-placed', correlationKey: 'K-1', timeToLive: 60_000, variables: { k: 'K-1', x: 1 } });
      expect(active()).toHaveLength(1);
      await publish('K-1', 2);
      expect(instances().map((i) => i.state)).toEqual(['COMPLETED']);
      expect(xs()).toEqual([2]);
    });
  });
});
