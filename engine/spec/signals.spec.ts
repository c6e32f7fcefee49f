import { Engine } from '../engine';
import { definitions } from '../test-support/bpmn';
import { EngineHarness, linear, serviceTask, subProcessWithPauseAndAbort } from '../test-support/harness';

/** `<bpmn:signal>` declarations, one per name (id = name with non-word characters replaced). */
const sigId = (name: string) => `sig_${name.replace(/\W/g, '_')}`;
const signals = (...names: string[]) => names.map((n) => `<bpmn:signal id="${sigId(n)}" name="${n}"/>`).join('\n');
const signalDef = (name: string) => `<bpmn:signalEventDefinition signalRef="${sigId(name)}"/>`;

const catchSignal = (id: string, name: string, inner = '') => ({
  id,
  xml: (i: string, o: string) => `<bpmn:intermediateCatchEvent id="${id}">${inner}${i}${o}${signalDef(name)}</bpmn:intermediateCatchEvent>`,
});
const throwSignal = (id: string, name: string, inner = '') => ({
  id,
  xml: (i: string, o: string) => `<bpmn:intermediateThrowEvent id="${id}">${inner}${i}${o}${signalDef(name)}</bpmn:intermediateThrowEvent>`,
});
const io = (mappings: string) => `<bpmn:extensionElements><zeebe:ioMapping>${mappings}</zeebe:ioMapping></bpmn:extensionElements>`;

/** start (signal) → service task `type` → end. */
const signalStarted = (processId: string, name: string, type: string, startId = 'started') =>
  `<bpmn:process id="${processId}" isExecutable="true">
    <bpmn:startEvent id="${startId}"><bpmn:outgoing>f1</bpmn:outgoing>${signalDef(name)}</bpmn:startEvent>
    <bpmn:serviceTask id="work"><bpmn:extensionElements><zeebe:taskDefinition type="${type}"/></bpmn:extensionElements><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:serviceTask>
    <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="${startId}" targetRef="work"/><bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="e"/>
  </bpmn:process>`;

/** A service task `work` with a signal boundary event leading to a service task `after`. */
const withBoundary = (interrupting: boolean) =>
  definitions(
    linear('b', [serviceTask('work', 'work')], `
    <bpmn:boundaryEvent id="cancelled" attachedToRef="work" cancelActivity="${interrupting}"><bpmn:outgoing>b1</bpmn:outgoing>${signalDef('case-withdrawn')}</bpmn:boundaryEvent>
    <bpmn:serviceTask id="after"><bpmn:extensionElements><zeebe:taskDefinition type="after"/></bpmn:extensionElements><bpmn:incoming>b1</bpmn:incoming><bpmn:outgoing>b2</bpmn:outgoing></bpmn:serviceTask>
    <bpmn:endEvent id="be"><bpmn:incoming>b2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="b1" sourceRef="cancelled" targetRef="after"/><bpmn:sequenceFlow id="b2" sourceRef="after" targetRef="be"/>`),
    signals('case-withdrawn'),
  );

/** A service task `work` beside a signal event sub-process with a service task `handle`. */
const withEventSubProcess = (interrupting: boolean) =>
  definitions(
    linear('esp', [serviceTask('work', 'work')], `
    <bpmn:subProcess id="onSignal" triggeredByEvent="true">
      <bpmn:startEvent id="req" isInterrupting="${interrupting}"><bpmn:outgoing>e1</bpmn:outgoing>${signalDef('case-withdrawn')}</bpmn:startEvent>
      <bpmn:serviceTask id="handle"><bpmn:extensionElements><zeebe:taskDefinition type="handle"/></bpmn:extensionElements><bpmn:incoming>e1</bpmn:incoming><bpmn:outgoing>e2</bpmn:outgoing></bpmn:serviceTask>
      <bpmn:endEvent id="ee"><bpmn:incoming>e2</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="e1" sourceRef="req" targetRef="handle"/><bpmn:sequenceFlow id="e2" sourceRef="handle" targetRef="ee"/>
    </bpmn:subProcess>`),
    signals('case-withdrawn'),
  );

describe('signals', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start()));
  afterEach(() => h.stop());

  const count = (sql: string, ...params: unknown[]) => (h.engine.db.prepare(`SELECT COUNT(*) AS n FROM ${sql}`).get(...params) as { n: number }).n;
  const subscriptions = () => h.engine.db.prepare(`SELECT signal_name, element_id, element_instance_key, process_definition_key FROM signal_subscriptions ORDER BY key`).all() as any[];
  const instances = (bpmnProcessId: string) =>
    h.engine.db.prepare(`SELECT key, version, state FROM process_instances WHERE bpmn_process_id = ? ORDER BY key`).all(bpmnProcessId) as Array<{ key: number; version: number; state: string }>;
  const broadcast = (signalName: string, variables?: Record<string, unknown>, tenantId?: string) => h.engine.broadcastSignal({ signalName, variables, tenantId });

  describe('signal start events', () => {
    it('starts one instance of each process with a matching signal start event, with the signal variables', async () => {
      // given
      await h.deploy('a.bpmn', definitions(signalStarted('a', 'new-rules', 'a-work'), signals('new-rules')));
      await h.deploy('b.bpmn', definitions(signalStarted('b', 'new-rules', 'b-work'), signals('new-rules')));
      await h.deploy('c.bpmn', definitions(signalStarted('c', 'other', 'c-work'), signals('other')));

      // when
      const res = await broadcast('new-rules', { ruleSet: 7 });

      // then
      expect(res.signalKey).toMatch(/^\d+$/);
      expect(res.tenantId).toBe('<default>');
      expect(instances('a')).toHaveLength(1);
      expect(instances('b')).toHaveLength(1);
      expect(instances('c')).toHaveLength(0);
      const [job] = await h.jobs('a-work');
      expect(job.variables).toEqual({ ruleSet: 7 });
      expect(h.variable(job.processInstanceKey, 'ruleSet')).toBe(7);
    });

    it('starts an instance per broadcast', async () => {
      await h.deploy('a.bpmn', definitions(signalStarted('a', 'new-rules', 'a-work'), signals('new-rules')));
      await broadcast('new-rules');
      await broadcast('new-rules');
      expect(instances('a').map((i) => i.state)).toEqual(['ACTIVE', 'ACTIVE']);
    });

    it('starts only processes of the broadcast tenant', async () => {
      await h.deploy('a.bpmn', definitions(signalStarted('a', 'new-rules', 'a-work'), signals('new-rules')));
      await h.engine.deploy([{ name: 'a.bpmn', content: definitions(signalStarted('a', 'new-rules', 'a-work'), signals('new-rules')) }], 'tenant-b');
      const res = await broadcast('new-rules', {}, 'tenant-b');
      expect(res.tenantId).toBe('tenant-b');
      const started = h.engine.db.prepare(`SELECT tenant_id FROM process_instances`).all();
      expect(started).toEqual([{ tenant_id: 'tenant-b' }]);
    });

    it('a new version replaces the start subscription: the latest version starts, a version without the start event stops it', async () => {
      // given
      const v1 = await h.deploy('a.bpmn', definitions(signalStarted('a', 'new-rules', 'a-work'), signals('new-rules')));
      const v2 = await h.deploy('a.bpmn', definitions(signalStarted('a', 'new-rules', 'a-work', 'started-v2'), signals('new-rules')));

      // then: one subscription, for version 2
      expect(subscriptions()).toEqual([{ signal_name: 'new-rules', element_id: 'started-v2', element_instance_key: null, process_definition_key: Number(v2.processes[0].processDefinitionKey) }]);
      expect(v1.processes[0].processDefinitionKey).not.toBe(v2.processes[0].processDefinitionKey);
      await broadcast('new-rules');
      expect(instances('a').map((i) => i.version)).toEqual([2]);

      // when: version 3 starts by a none start event only
      await h.deploy('a.bpmn', definitions(linear('a', [serviceTask('work', 'a-work')])));
      await broadcast('new-rules');

      // then
      expect(subscriptions()).toEqual([]);
      expect(instances('a')).toHaveLength(1);
    });

    it('evaluates a FEEL signal name at deployment, without variables, and refuses one that needs variables', async () => {
      const xml = (name: string) => definitions(signalStarted('a', name, 'a-work'), `<bpmn:signal id="${sigId(name)}" name="${name}"/>`);
      await h.deploy('a.bpmn', xml('=&quot;new-&quot; + &quot;rules&quot;'));
      expect(subscriptions().map((s) => s.signal_name)).toEqual(['new-rules']);
      await broadcast('new-rules');
      expect(instances('a')).toHaveLength(1);
      await expect(h.deploy('a.bpmn', xml('=prefix + &quot;-rules&quot;'))).rejects.toMatchObject({
        kind: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/Element 'started': the signal name of a signal start event is evaluated at deployment/),
      });
    });
  });

  describe('signal intermediate catch events', () => {
    it('a broadcast continues every waiting instance, of every process, and merges the variables', async () => {
      // given
      await h.deploy('w.bpmn', definitions(linear('w', [catchSignal('wait', 'law-changed')]), signals('law-changed')));
      await h.deploy('v.bpmn', definitions(linear('v', [catchSignal('wait', 'law-changed')]), signals('law-changed')));
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'w' });
      const b = await h.engine.createProcessInstance({ processDefinitionId: 'w' });
      const c = await h.engine.createProcessInstance({ processDefinitionId: 'v' });
      expect(count(`signal_subscriptions`)).toBe(3);

      // when
      await broadcast('law-changed', { law: 7196 });

      // then
      for (const pi of [a, b, c]) {
        expect(h.state(pi.processInstanceKey)).toBe('COMPLETED');
        expect(h.variable(pi.processInstanceKey, 'law')).toBe(7196);
      }
      expect(count(`signal_subscriptions`)).toBe(0);
    });

    it('ignores a signal of another name or tenant', async () => {
      await h.deploy('w.bpmn', definitions(linear('w', [catchSignal('wait', 'law-changed')]), signals('law-changed')));
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'w' });
      await broadcast('law-repealed');
      await broadcast('law-changed', {}, 'tenant-b');
      expect(h.state(a.processInstanceKey)).toBe('ACTIVE');
      expect(h.active(a.processInstanceKey)).toEqual(['wait']);
    });

    it('does not buffer: a signal broadcast before the catch event is reached is lost', async () => {
      // given: the instance is still at the service task before the catch event
      await h.deploy('w.bpmn', definitions(linear('w', [serviceTask('prep', 'prep'), catchSignal('wait', 'law-changed')]), signals('law-changed')));
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'w' });
      await broadcast('law-changed');

      // when
      const [job] = await h.jobs('prep');
      await h.engine.completeJob(job.jobKey, {});

      // then
      expect(h.active(a.processInstanceKey)).toEqual(['wait']);
      await broadcast('law-changed');
      expect(h.state(a.processInstanceKey)).toBe('COMPLETED');
    });

    it('output mappings of the catch event decide which signal variables reach the process', async () => {
      await h.deploy('w.bpmn', definitions(linear('w', [catchSignal('wait', 'law-changed', io(`<zeebe:output source="=law" target="newLaw"/>`))]), signals('law-changed')));
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'w' });
      await broadcast('law-changed', { law: 7196, noise: true });
      expect(h.state(a.processInstanceKey)).toBe('COMPLETED');
      expect(h.variable(a.processInstanceKey, 'newLaw')).toBe(7196);
      expect(h.variable(a.processInstanceKey, 'law')).toBeUndefined();
      expect(h.variable(a.processInstanceKey, 'noise')).toBeUndefined();
    });

    it('evaluates a FEEL signal name when the element activates, with the instance variables', async () => {
      await h.deploy('w.bpmn', definitions(linear('w', [catchSignal('wait', '=&quot;case-&quot; + caseId')]), `<bpmn:signal id="${sigId('=&quot;case-&quot; + caseId')}" name="=&quot;case-&quot; + caseId"/>`));
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'w', variables: { caseId: 'A' } });
      const b = await h.engine.createProcessInstance({ processDefinitionId: 'w', variables: { caseId: 'B' } });
      await broadcast('case-B');
      expect(h.state(a.processInstanceKey)).toBe('ACTIVE');
      expect(h.state(b.processInstanceKey)).toBe('COMPLETED');
    });

    it('raises an incident when the FEEL signal name is not a string, and subscribes once resolved', async () => {
      await h.deploy('w.bpmn', definitions(linear('w', [catchSignal('wait', '=caseId')]), `<bpmn:signal id="${sigId('=caseId')}" name="=caseId"/>`));
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'w' });
      const [incident] = h.incidents(a.processInstanceKey);
      expect(incident).toMatchObject({ error_type: 'EXTRACT_VALUE_ERROR', element_id: 'wait' });
      const waitKey = (h.engine.db.prepare(`SELECT key FROM element_instances WHERE element_id = 'wait'`).get() as { key: number }).key;
      await h.engine.setVariables(a.processInstanceKey, { caseId: 'A' }, false);
      await h.engine.resolveIncident(String(incident.key));
      expect(subscriptions().map((s) => [s.signal_name, s.element_instance_key])).toEqual([['A', waitKey]]);
      await broadcast('A');
      expect(h.state(a.processInstanceKey)).toBe('COMPLETED');
    });

    it('an event-based gateway waits for a signal among other events', async () => {
      const xml = definitions(`<bpmn:process id="eb" isExecutable="true">
        <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
        <bpmn:eventBasedGateway id="gw"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing><bpmn:outgoing>f2</bpmn:outgoing></bpmn:eventBasedGateway>
        <bpmn:intermediateCatchEvent id="withdrawn"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing>${signalDef('case-withdrawn')}</bpmn:intermediateCatchEvent>
        <bpmn:intermediateCatchEvent id="expired"><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f4</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeDuration>P15D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:endEvent id="closed"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
        <bpmn:endEvent id="decided"><bpmn:incoming>f4</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="gw"/><bpmn:sequenceFlow id="f1" sourceRef="gw" targetRef="withdrawn"/>
        <bpmn:sequenceFlow id="f2" sourceRef="gw" targetRef="expired"/><bpmn:sequenceFlow id="f3" sourceRef="withdrawn" targetRef="closed"/>
        <bpmn:sequenceFlow id="f4" sourceRef="expired" targetRef="decided"/></bpmn:process>`, signals('case-withdrawn'));
      await h.deploy('eb.bpmn', xml);
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'eb' });
      await broadcast('case-withdrawn', { reason: 'moved' });
      expect(h.completed(a.processInstanceKey)).toEqual(expect.arrayContaining(['gw', 'withdrawn', 'closed']));
      expect(h.completed(a.processInstanceKey)).not.toContain('decided');
      expect(h.variable(a.processInstanceKey, 'reason')).toBe('moved');
      expect(count(`timers`)).toBe(0);
      expect(count(`signal_subscriptions`)).toBe(0);
    });
  });

  describe('signal boundary events', () => {
    it('interrupting: cancels the task (and its job) and takes the boundary path', async () => {
      await h.deploy('b.bpmn', withBoundary(true));
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'b' });
      await broadcast('case-withdrawn', { reason: 'moved' });
      expect(h.active(a.processInstanceKey)).toEqual(['after']);
      expect(await h.jobs('work')).toEqual([]);
      expect(h.variable(a.processInstanceKey, 'reason')).toBe('moved');
      expect(count(`signal_subscriptions`)).toBe(0);
      // A second broadcast finds nothing to trigger.
      await broadcast('case-withdrawn');
      expect(h.active(a.processInstanceKey)).toEqual(['after']);
    });

    it('non-interrupting: keeps the task, takes the boundary path on every broadcast, and closes with the task', async () => {
      await h.deploy('b.bpmn', withBoundary(false));
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'b' });
      await broadcast('case-withdrawn');
      await broadcast('case-withdrawn');
      expect(h.active(a.processInstanceKey)).toEqual(['work', 'after', 'after']);
      expect(count(`signal_subscriptions`)).toBe(1);

      // when the task completes, its boundary subscription goes
      const [work] = await h.jobs('work');
      await h.engine.completeJob(work.jobKey, {});
      expect(count(`signal_subscriptions`)).toBe(0);
      await broadcast('case-withdrawn');
      expect(h.active(a.processInstanceKey)).toEqual(['after', 'after']);
    });
  });

  describe('signal event sub-processes', () => {
    it('interrupting: ends the main flow and runs the event sub-process', async () => {
      await h.deploy('esp.bpmn', withEventSubProcess(true));
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'esp' });
      await broadcast('case-withdrawn', { reason: 'moved' });
      expect(h.active(a.processInstanceKey)).toEqual(['onSignal', 'handle']);
      expect(await h.jobs('work')).toEqual([]);
      const [handle] = await h.jobs('handle');
      expect(handle.variables.reason).toBe('moved');
      expect(count(`signal_subscriptions`)).toBe(0);
      await h.engine.completeJob(handle.jobKey, {});
      expect(h.state(a.processInstanceKey)).toBe('COMPLETED');
    });

    it('non-interrupting: runs beside the main flow, once per broadcast, until the scope ends', async () => {
      await h.deploy('esp.bpmn', withEventSubProcess(false));
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'esp' });
      await broadcast('case-withdrawn');
      await broadcast('case-withdrawn');
      expect(h.active(a.processInstanceKey)).toEqual(['work', 'onSignal', 'handle', 'onSignal', 'handle']);
      for (const job of await h.jobs('handle')) await h.engine.completeJob(job.jobKey, {});
      const [work] = await h.jobs('work');
      await h.engine.completeJob(work.jobKey, {});
      expect(h.state(a.processInstanceKey)).toBe('COMPLETED');
      expect(count(`signal_subscriptions`)).toBe(0);
    });

    it('a FEEL name that fails when the instance starts leaves the instance waiting with an incident, as in Zeebe', async () => {
      // given: the event sub-process listens to "withdrawn-" + caseId
      const name = '=&quot;withdrawn-&quot; + caseId';
      await h.deploy('esp.bpmn', withEventSubProcess(true).replace(`name="case-withdrawn"`, `name="${name}"`));

      // when: no caseId
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'esp' });

      // then
      const [incident] = h.incidents(a.processInstanceKey);
      expect(incident).toMatchObject({ error_type: 'EXTRACT_VALUE_ERROR', element_id: 'esp' });
      expect(h.active(a.processInstanceKey)).toEqual([]);
      expect(count(`signal_subscriptions`)).toBe(0);

      // when: the variable is set and the incident resolved
      await h.engine.setVariables(a.processInstanceKey, { caseId: 'A' }, true);
      await h.engine.resolveIncident(String(incident.key));

      // then: subscribed once, and the start event ran
      expect(subscriptions().map((s) => s.signal_name)).toEqual(['withdrawn-A']);
      expect(h.active(a.processInstanceKey)).toEqual(['work']);
      await broadcast('withdrawn-A');
      expect(h.active(a.processInstanceKey)).toEqual(['onSignal', 'handle']);
    });

    it('an interrupting event sub-process of a sub-process leaves the sub-process boundary signal open', async () => {
      const xml = definitions(subProcessWithPauseAndAbort(signalDef('pause'), signalDef('abort')), signals('pause', 'abort'));
      await h.deploy('p.bpmn', xml);
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
      await broadcast('pause');
      expect(h.active(a.processInstanceKey)).toEqual(['sub', 'onPause', 'paused']);
      await broadcast('abort');
      expect(h.state(a.processInstanceKey)).toBe('COMPLETED');
      expect(h.completed(a.processInstanceKey)).toContain('aborted');
    });
  });

  describe('signal throw events', () => {
    const receiver = () => definitions(linear('rcv', [catchSignal('wait', 'decision-made')]), signals('decision-made'));

    it('an intermediate throw event broadcasts its local variables (input mappings) and continues', async () => {
      // given
      await h.deploy('rcv.bpmn', receiver());
      const r1 = await h.engine.createProcessInstance({ processDefinitionId: 'rcv' });
      const r2 = await h.engine.createProcessInstance({ processDefinitionId: 'rcv' });
      await h.deploy('snd.bpmn', definitions(linear('snd', [throwSignal('announce', 'decision-made', io(`<zeebe:input source="=outcome" target="decision"/>`)), serviceTask('next', 'next')]), signals('decision-made')));

      // when
      const s = await h.engine.createProcessInstance({ processDefinitionId: 'snd', variables: { outcome: 'granted', secret: 'x' } });

      // then
      expect(h.active(s.processInstanceKey)).toEqual(['next']);
      for (const r of [r1, r2]) {
        expect(h.state(r.processInstanceKey)).toBe('COMPLETED');
        expect(h.variable(r.processInstanceKey, 'decision')).toBe('granted');
        expect(h.variable(r.processInstanceKey, 'secret')).toBeUndefined();
        expect(h.variable(r.processInstanceKey, 'outcome')).toBeUndefined();
      }
      // The throwing instance keeps its own variables; the input-mapped local went with the event.
      expect(h.variable(s.processInstanceKey, 'decision')).toBeUndefined();
    });

    it('a throw event without input mappings broadcasts no variables', async () => {
      await h.deploy('rcv.bpmn', receiver());
      const r = await h.engine.createProcessInstance({ processDefinitionId: 'rcv' });
      await h.deploy('snd.bpmn', definitions(linear('snd', [throwSignal('announce', 'decision-made')]), signals('decision-made')));
      await h.engine.createProcessInstance({ processDefinitionId: 'snd', variables: { outcome: 'granted' } });
      expect(h.state(r.processInstanceKey)).toBe('COMPLETED');
      expect(h.engine.db.prepare(`SELECT name FROM variables WHERE process_instance_key = ?`).all(Number(r.processInstanceKey))).toEqual([]);
    });

    it('an end event broadcasts, evaluating a FEEL name on activation, and starts signal-started processes', async () => {
      // given
      await h.deploy('a.bpmn', definitions(signalStarted('a', 'case-A-closed', 'a-work'), signals('case-A-closed')));
      const endXml = definitions(`<bpmn:process id="snd" isExecutable="true">
        <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
        <bpmn:endEvent id="closed"><bpmn:extensionElements><zeebe:ioMapping><zeebe:input source="=caseId" target="closedCase"/></zeebe:ioMapping></bpmn:extensionElements><bpmn:incoming>f1</bpmn:incoming><bpmn:signalEventDefinition signalRef="dyn"/></bpmn:endEvent>
        <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="closed"/></bpmn:process>`, `<bpmn:signal id="dyn" name="=&quot;case-&quot; + caseId + &quot;-closed&quot;"/>`);
      await h.deploy('snd.bpmn', endXml);

      // when
      const s = await h.engine.createProcessInstance({ processDefinitionId: 'snd', variables: { caseId: 'A' } });

      // then
      expect(h.state(s.processInstanceKey)).toBe('COMPLETED');
      const [job] = await h.jobs('a-work');
      expect(job.variables).toEqual({ closedCase: 'A' });
    });

    it('reaches a waiting branch of its own instance, not a catch event that comes after the throw', async () => {
      // given: a parallel branch waits for the signal; the other throws it, then waits for it again
      const xml = definitions(`<bpmn:process id="p" isExecutable="true">
        <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
        <bpmn:parallelGateway id="fork"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing><bpmn:outgoing>f2</bpmn:outgoing></bpmn:parallelGateway>
        <bpmn:intermediateCatchEvent id="waiting"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing>${signalDef('go')}</bpmn:intermediateCatchEvent>
        <bpmn:intermediateThrowEvent id="announce"><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f4</bpmn:outgoing>${signalDef('go')}</bpmn:intermediateThrowEvent>
        <bpmn:intermediateCatchEvent id="after"><bpmn:incoming>f4</bpmn:incoming><bpmn:outgoing>f5</bpmn:outgoing>${signalDef('go')}</bpmn:intermediateCatchEvent>
        <bpmn:endEvent id="e1"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
        <bpmn:endEvent id="e2"><bpmn:incoming>f5</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="fork"/><bpmn:sequenceFlow id="f1" sourceRef="fork" targetRef="waiting"/>
        <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="announce"/><bpmn:sequenceFlow id="f3" sourceRef="waiting" targetRef="e1"/>
        <bpmn:sequenceFlow id="f4" sourceRef="announce" targetRef="after"/><bpmn:sequenceFlow id="f5" sourceRef="after" targetRef="e2"/></bpmn:process>`, signals('go'));
      await h.deploy('p.bpmn', xml);

      // when
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'p' });

      // then
      expect(h.completed(a.processInstanceKey)).toEqual(expect.arrayContaining(['waiting', 'e1', 'announce']));
      expect(h.active(a.processInstanceKey)).toEqual(['after']);
    });

    it('interrupts the sub-process it is thrown in when the sub-process has a matching boundary event', async () => {
      const xml = definitions(`<bpmn:process id="p" isExecutable="true">
        <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
        <bpmn:subProcess id="sub"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing>
          <bpmn:startEvent id="ss"><bpmn:outgoing>s1</bpmn:outgoing></bpmn:startEvent>
          <bpmn:intermediateThrowEvent id="raise"><bpmn:incoming>s1</bpmn:incoming><bpmn:outgoing>s2</bpmn:outgoing>${signalDef('stop')}</bpmn:intermediateThrowEvent>
          <bpmn:serviceTask id="inner"><bpmn:extensionElements><zeebe:taskDefinition type="inner"/></bpmn:extensionElements><bpmn:incoming>s2</bpmn:incoming><bpmn:outgoing>s3</bpmn:outgoing></bpmn:serviceTask>
          <bpmn:endEvent id="se"><bpmn:incoming>s3</bpmn:incoming></bpmn:endEvent>
          <bpmn:sequenceFlow id="s1" sourceRef="ss" targetRef="raise"/><bpmn:sequenceFlow id="s2" sourceRef="raise" targetRef="inner"/><bpmn:sequenceFlow id="s3" sourceRef="inner" targetRef="se"/>
        </bpmn:subProcess>
        <bpmn:boundaryEvent id="stopped" attachedToRef="sub"><bpmn:outgoing>f2</bpmn:outgoing>${signalDef('stop')}</bpmn:boundaryEvent>
        <bpmn:endEvent id="e"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>
        <bpmn:endEvent id="stoppedEnd"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="sub"/><bpmn:sequenceFlow id="f1" sourceRef="sub" targetRef="e"/>
        <bpmn:sequenceFlow id="f2" sourceRef="stopped" targetRef="stoppedEnd"/></bpmn:process>`, signals('stop'));
      await h.deploy('p.bpmn', xml);
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
      expect(h.state(a.processInstanceKey)).toBe('COMPLETED');
      expect(h.completed(a.processInstanceKey)).toContain('stoppedEnd');
      expect(h.completed(a.processInstanceKey)).not.toContain('raise');
      expect(await h.jobs('inner')).toEqual([]);
    });

    it('applies the output mappings of the throw event when it completes', async () => {
      await h.deploy('snd.bpmn', definitions(linear('snd', [throwSignal('announce', 'decision-made', io(`<zeebe:input source="=1" target="n"/><zeebe:output source="=n + 1" target="thrown"/>`))]), signals('decision-made')));
      const s = await h.engine.createProcessInstance({ processDefinitionId: 'snd' });
      expect(h.state(s.processInstanceKey)).toBe('COMPLETED');
      expect(h.variable(s.processInstanceKey, 'thrown')).toBe(2);
    });
  });

  describe('subscriptions', () => {
    it('are closed when their element ends, also by cancellation', async () => {
      await h.deploy('b.bpmn', withBoundary(false));
      await h.deploy('esp.bpmn', withEventSubProcess(false));
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'b' });
      const b = await h.engine.createProcessInstance({ processDefinitionId: 'esp' });
      expect(count(`signal_subscriptions`)).toBe(2);
      await h.engine.cancelProcessInstance(a.processInstanceKey);
      await h.engine.cancelProcessInstance(b.processInstanceKey);
      expect(count(`signal_subscriptions`)).toBe(0);
    });

    it('survive a restart of the engine', async () => {
      await h.deploy('w.bpmn', definitions(linear('w', [catchSignal('wait', 'law-changed')]), signals('law-changed')));
      await h.deploy('a.bpmn', definitions(signalStarted('a', 'law-changed', 'a-work'), signals('law-changed')));
      const a = await h.engine.createProcessInstance({ processDefinitionId: 'w' });
      await h.engine.close();
      const reopened = await Engine.open({ dataDir: h.dir, synchronous: 'NORMAL' });
      try {
        await reopened.broadcastSignal({ signalName: 'law-changed' });
        expect((reopened.db.prepare('SELECT state FROM process_instances WHERE key = ?').get(Number(a.processInstanceKey)) as { state: string }).state).toBe('COMPLETED');
        expect(reopened.db.prepare(`SELECT COUNT(*) AS n FROM process_instances WHERE bpmn_process_id = 'a'`).get()).toEqual({ n: 1 });
      } finally {
        await reopened.close();
      }
    });
  });

  describe('deployment', () => {
    const rejects = (xml: string, message: RegExp) => expect(h.deploy('bad.bpmn', xml)).rejects.toMatchObject({ kind: 'INVALID_ARGUMENT', message: expect.stringMatching(message) });

    it('refuses a signal event without a signal reference, naming the element', () =>
      rejects(definitions(linear('p', [{ id: 'w', xml: (i, o) => `<bpmn:intermediateCatchEvent id="w">${i}${o}<bpmn:signalEventDefinition/></bpmn:intermediateCatchEvent>` }])), /Element 'w': signal event must reference a signal/));

    it('refuses a signal without a name, naming the element', () =>
      rejects(definitions(linear('p', [catchSignal('w', 'x')]), `<bpmn:signal id="${sigId('x')}"/>`), /Element 'w': signal 'sig_x' has no name/));

    it('refuses two signal start events with the same name', () =>
      rejects(
        definitions(`<bpmn:process id="p" isExecutable="true">
          <bpmn:startEvent id="s1"><bpmn:outgoing>f1</bpmn:outgoing>${signalDef('go')}</bpmn:startEvent>
          <bpmn:startEvent id="s2"><bpmn:outgoing>f2</bpmn:outgoing><bpmn:signalEventDefinition signalRef="again"/></bpmn:startEvent>
          <bpmn:endEvent id="e"><bpmn:incoming>f1</bpmn:incoming><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
          <bpmn:sequenceFlow id="f1" sourceRef="s1" targetRef="e"/><bpmn:sequenceFlow id="f2" sourceRef="s2" targetRef="e"/></bpmn:process>`, `${signals('go')}<bpmn:signal id="again" name="go"/>`),
        /Element 's2': Multiple signal event definitions with the same name 'go' are not allowed/,
      ));

    it('refuses two signal boundary events with the same name on one activity', () =>
      rejects(
        definitions(linear('p', [serviceTask('work', 'work')], `
          <bpmn:boundaryEvent id="b1" attachedToRef="work"><bpmn:outgoing>x1</bpmn:outgoing>${signalDef('go')}</bpmn:boundaryEvent>
          <bpmn:boundaryEvent id="b2" attachedToRef="work" cancelActivity="false"><bpmn:outgoing>x2</bpmn:outgoing>${signalDef('go')}</bpmn:boundaryEvent>
          <bpmn:endEvent id="x"><bpmn:incoming>x1</bpmn:incoming><bpmn:incoming>x2</bpmn:incoming></bpmn:endEvent>
          <bpmn:sequenceFlow id="x1" sourceRef="b1" targetRef="x"/><bpmn:sequenceFlow id="x2" sourceRef="b2" targetRef="x"/>`), signals('go')),
        /Element 'b2': Multiple signal event definitions with the same name 'go'/,
      ));

    // Escalation and compensation now run (escalation.spec.ts, compensation.spec.ts); what Zeebe refuses still is refused.
    it('refuses an escalation throw without an escalation code, saying so', async () => {
      await rejects(
        definitions(linear('p', [{ id: 'esc', xml: (i, o) => `<bpmn:intermediateThrowEvent id="esc">${i}${o}<bpmn:escalationEventDefinition/></bpmn:intermediateThrowEvent>` }])),
        /Element 'esc': an escalation throw event must reference an escalation with an escalationCode/,
      );
    });
  });
});
