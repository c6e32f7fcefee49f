import { definitions } from '../test-support/bpmn';
import { EngineHarness } from '../test-support/harness';

/**
 * Escalation events with Zeebe's semantics (Camunda 8.8 docs, "Escalation events"): a throw sends its
 * code to the enclosing scopes and carries on; a boundary event on the sub-process or call activity, or
 * an escalation event sub-process, catches it by code (or all codes); nobody catching it is no incident.
 */
const ESCALATIONS = `<bpmn:escalation id="late" escalationCode="DEADLINE_NEAR"/><bpmn:escalation id="other" escalationCode="OTHER"/>`;

/** Sub-process `sub`: start → (throw `raise` of code ref) → task `inner` → end; boundary `caught` on `sub` → task `handle`. */
function subProcessWithBoundary(opts: { interrupting: boolean; catchRef?: string; throwAsEnd?: boolean; codeRef?: string }): string {
  const code = opts.codeRef ?? 'late';
  const inner = opts.throwAsEnd
    ? `<bpmn:endEvent id="raise"><bpmn:incoming>s1</bpmn:incoming><bpmn:escalationEventDefinition escalationRef="${code}"/></bpmn:endEvent>
       <bpmn:sequenceFlow id="s1" sourceRef="ss" targetRef="raise"/>`
    : `<bpmn:intermediateThrowEvent id="raise"><bpmn:incoming>s1</bpmn:incoming><bpmn:outgoing>s2</bpmn:outgoing><bpmn:escalationEventDefinition escalationRef="${code}"/></bpmn:intermediateThrowEvent>
       <bpmn:serviceTask id="inner"><bpmn:extensionElements><zeebe:taskDefinition type="inner"/></bpmn:extensionElements><bpmn:incoming>s2</bpmn:incoming><bpmn:outgoing>s3</bpmn:outgoing></bpmn:serviceTask>
       <bpmn:endEvent id="se"><bpmn:incoming>s3</bpmn:incoming></bpmn:endEvent>
       <bpmn:sequenceFlow id="s1" sourceRef="ss" targetRef="raise"/><bpmn:sequenceFlow id="s2" sourceRef="raise" targetRef="inner"/><bpmn:sequenceFlow id="s3" sourceRef="inner" targetRef="se"/>`;
  const def = opts.catchRef === undefined ? '<bpmn:escalationEventDefinition/>' : `<bpmn:escalationEventDefinition escalationRef="${opts.catchRef}"/>`;
  return definitions(`<bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
    <bpmn:subProcess id="sub"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing>
      <bpmn:startEvent id="ss"><bpmn:outgoing>s1</bpmn:outgoing></bpmn:startEvent>
      ${inner}
    </bpmn:subProcess>
    <bpmn:boundaryEvent id="caught" attachedToRef="sub" cancelActivity="${opts.interrupting}"><bpmn:outgoing>f2</bpmn:outgoing>${def}</bpmn:boundaryEvent>
    <bpmn:serviceTask id="handle"><bpmn:extensionElements><zeebe:taskDefinition type="handle"/></bpmn:extensionElements><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing></bpmn:serviceTask>
    <bpmn:endEvent id="e"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>
    <bpmn:endEvent id="handled"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="sub"/><bpmn:sequenceFlow id="f1" sourceRef="sub" targetRef="e"/>
    <bpmn:sequenceFlow id="f2" sourceRef="caught" targetRef="handle"/><bpmn:sequenceFlow id="f3" sourceRef="handle" targetRef="handled"/>
  </bpmn:process>`, ESCALATIONS);
}

describe('escalation events', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start()));
  afterEach(() => h.stop());

  it('a non-interrupting boundary event catches the code and both paths carry on', async () => {
    await h.deploy('p.bpmn', subProcessWithBoundary({ interrupting: false, catchRef: 'late' }));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    expect(h.completed(processInstanceKey)).toEqual(expect.arrayContaining(['raise', 'caught']));
    expect(h.active(processInstanceKey).sort()).toEqual(['handle', 'inner', 'sub']);
    for (const type of ['inner', 'handle']) {
      const [job] = await h.jobs(type);
      await h.engine.completeJob(job.jobKey, {});
    }
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('an interrupting boundary event terminates the sub-process, the throw event with it', async () => {
    await h.deploy('p.bpmn', subProcessWithBoundary({ interrupting: true, catchRef: 'late' }));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    expect(h.active(processInstanceKey)).toEqual(['handle']);
    expect(await h.jobs('inner')).toEqual([]);
    const states = h.engine.db.prepare(`SELECT element_id, state FROM element_instances WHERE process_instance_key = ? AND element_id IN ('sub', 'raise')`).all(Number(processInstanceKey));
    expect(states).toEqual(expect.arrayContaining([{ element_id: 'sub', state: 'TERMINATED' }, { element_id: 'raise', state: 'TERMINATED' }]));
  });

  it('an escalation end event caught by a catch-all boundary event (no escalation referenced)', async () => {
    await h.deploy('p.bpmn', subProcessWithBoundary({ interrupting: false, throwAsEnd: true }));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    // The end event completed, so the sub-process completed too; the catch path waits at its task.
    expect(h.completed(processInstanceKey)).toEqual(expect.arrayContaining(['raise', 'sub', 'caught', 'e']));
    expect(h.active(processInstanceKey)).toEqual(['handle']);
  });

  it('a boundary event with another code does not catch; the uncaught escalation is no incident', async () => {
    await h.deploy('p.bpmn', subProcessWithBoundary({ interrupting: true, catchRef: 'other' }));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    expect(h.active(processInstanceKey)).toEqual(['sub', 'inner']);
    expect(h.incidents(processInstanceKey)).toEqual([]);
    const notEscalated = h.engine.db.prepare(`SELECT COUNT(*) AS n FROM history WHERE kind = 'ESCALATION' AND intent = 'NOT_ESCALATED' AND process_instance_key = ?`).get(Number(processInstanceKey)) as { n: number };
    expect(notEscalated.n).toBe(1);
  });

  it('the code of a throw can be FEEL; a failing expression is an incident on the throw event', async () => {
    const xml = subProcessWithBoundary({ interrupting: true, catchRef: 'late', codeRef: 'dyn' }).replace(ESCALATIONS, `${ESCALATIONS}<bpmn:escalation id="dyn" escalationCode="=level"/>`);
    await h.deploy('p.bpmn', xml);
    const hit = await h.engine.createProcessInstance({ processDefinitionId: 'p', variables: { level: 'DEADLINE_NEAR' } });
    expect(h.active(hit.processInstanceKey)).toEqual(['handle']);
    const broken = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    expect(h.incidents(broken.processInstanceKey)).toEqual([expect.objectContaining({ element_id: 'raise' })]);
  });

  const withEventSubProcess = (interrupting: boolean) =>
    definitions(`<bpmn:process id="p" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
      <bpmn:intermediateThrowEvent id="raise"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing><bpmn:escalationEventDefinition escalationRef="late"/></bpmn:intermediateThrowEvent>
      <bpmn:serviceTask id="work"><bpmn:extensionElements><zeebe:taskDefinition type="work"/></bpmn:extensionElements><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:serviceTask>
      <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="raise"/><bpmn:sequenceFlow id="f1" sourceRef="raise" targetRef="work"/><bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="e"/>
      <bpmn:subProcess id="esp" triggeredByEvent="true">
        <bpmn:startEvent id="es" isInterrupting="${interrupting}"><bpmn:outgoing>x1</bpmn:outgoing><bpmn:escalationEventDefinition escalationRef="late"/></bpmn:startEvent>
        <bpmn:serviceTask id="notify"><bpmn:extensionElements><zeebe:taskDefinition type="notify"/></bpmn:extensionElements><bpmn:incoming>x1</bpmn:incoming><bpmn:outgoing>x2</bpmn:outgoing></bpmn:serviceTask>
        <bpmn:endEvent id="ee"><bpmn:incoming>x2</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="x1" sourceRef="es" targetRef="notify"/><bpmn:sequenceFlow id="x2" sourceRef="notify" targetRef="ee"/>
      </bpmn:subProcess></bpmn:process>`, ESCALATIONS);

  it('a non-interrupting escalation event sub-process runs beside the throw path', async () => {
    await h.deploy('p.bpmn', withEventSubProcess(false));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    expect(h.active(processInstanceKey).sort()).toEqual(['esp', 'notify', 'work']);
  });

  it('an interrupting escalation event sub-process replaces the throw path', async () => {
    await h.deploy('p.bpmn', withEventSubProcess(true));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    expect(h.active(processInstanceKey)).toEqual(['esp', 'notify']);
    const [job] = await h.jobs('notify');
    await h.engine.completeJob(job.jobKey, {});
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('an escalation thrown in a called process reaches the boundary event of the call activity', async () => {
    await h.deploy('child.bpmn', definitions(`<bpmn:process id="child" isExecutable="true">
      <bpmn:startEvent id="cs"><bpmn:outgoing>c1</bpmn:outgoing></bpmn:startEvent>
      <bpmn:endEvent id="ce"><bpmn:incoming>c1</bpmn:incoming><bpmn:escalationEventDefinition escalationRef="late"/></bpmn:endEvent>
      <bpmn:sequenceFlow id="c1" sourceRef="cs" targetRef="ce"/></bpmn:process>`, ESCALATIONS));
    await h.deploy('p.bpmn', definitions(`<bpmn:process id="p" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
      <bpmn:callActivity id="call"><bpmn:extensionElements><zeebe:calledElement processId="child"/></bpmn:extensionElements><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing></bpmn:callActivity>
      <bpmn:boundaryEvent id="caught" attachedToRef="call"><bpmn:outgoing>f2</bpmn:outgoing><bpmn:escalationEventDefinition escalationRef="late"/></bpmn:boundaryEvent>
      <bpmn:endEvent id="e"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>
      <bpmn:endEvent id="escalated"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="call"/><bpmn:sequenceFlow id="f1" sourceRef="call" targetRef="e"/><bpmn:sequenceFlow id="f2" sourceRef="caught" targetRef="escalated"/>
    </bpmn:process>`, ESCALATIONS));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
    expect(h.completed(processInstanceKey)).toContain('escalated');
    expect(h.completed(processInstanceKey)).not.toContain('e');
  });

  it('refuses an expression as the code of a catch event and an escalation intermediate catch event', async () => {
    const dynamicCatch = subProcessWithBoundary({ interrupting: true, catchRef: 'dyn' }).replace(ESCALATIONS, `${ESCALATIONS}<bpmn:escalation id="dyn" escalationCode="=level"/>`);
    await expect(h.deploy('p.bpmn', dynamicCatch)).rejects.toThrow(/'caught'.*static value/);
    const intermediateCatch = definitions(`<bpmn:process id="p" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
      <bpmn:intermediateCatchEvent id="wait"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing><bpmn:escalationEventDefinition escalationRef="late"/></bpmn:intermediateCatchEvent>
      <bpmn:endEvent id="e"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="wait"/><bpmn:sequenceFlow id="f1" sourceRef="wait" targetRef="e"/></bpmn:process>`, ESCALATIONS);
    await expect(h.deploy('p.bpmn', intermediateCatch)).rejects.toThrow(/'wait'.*escalation events can only be/);
  });
});
