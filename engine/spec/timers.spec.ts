import { definitions } from '../test-support/bpmn';
import { EngineHarness, linear, serviceTask } from '../test-support/harness';

const HOUR = 3_600_000;
const timerCatch = (id: string, def: string) => ({
  id,
  xml: (i: string, o: string) => `<bpmn:intermediateCatchEvent id="${id}">${i}${o}<bpmn:timerEventDefinition>${def}</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>`,
});

describe('timers', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start(Date.parse('2026-01-05T09:00:00Z'))));
  afterEach(() => h.stop());

  it('fires a PT1H duration exactly when the clock reaches it', async () => {
    // given
    await h.deploy('t.bpmn', definitions(linear('t', [timerCatch('wait', '<bpmn:timeDuration>PT1H</bpmn:timeDuration>')])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 't' });
    // when
    await h.advance(HOUR - 1);
    const before = h.state(processInstanceKey);
    await h.advance(1);
    // then
    expect(before).toBe('ACTIVE');
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('keeps a P3Y duration and fires it on the same calendar date three years later', async () => {
    await h.deploy('t.bpmn', definitions(linear('t', [timerCatch('wait', '<bpmn:timeDuration>P3Y</bpmn:timeDuration>')])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 't' });
    const due = (h.engine.db.prepare('SELECT due_at FROM timers').get() as { due_at: number }).due_at;
    expect(new Date(due).toISOString()).toBe('2029-01-05T09:00:00.000Z');
    await h.engine.pinClock(Date.parse('2029-01-05T08:59:59Z'));
    expect(h.state(processInstanceKey)).toBe('ACTIVE');
    await h.engine.pinClock(Date.parse('2029-01-05T09:00:00Z'));
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('takes a timeDate from a FEEL variable', async () => {
    await h.deploy('t.bpmn', definitions(linear('t', [timerCatch('wait', '<bpmn:timeDate>=dueAt</bpmn:timeDate>')])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 't', variables: { dueAt: '2026-06-01T23:59:59.999+03:00' } });
    await h.engine.pinClock(Date.parse('2026-06-01T20:59:59.998Z'));
    expect(h.state(processInstanceKey)).toBe('ACTIVE');
    await h.engine.pinClock(Date.parse('2026-06-01T20:59:59.999Z'));
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('raises an incident for a timeDate variable that is not a date', async () => {
    await h.deploy('t.bpmn', definitions(linear('t', [timerCatch('wait', '<bpmn:timeDate>=dueAt</bpmn:timeDate>')])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 't', variables: { dueAt: 'soon' } });
    expect(h.incidents(processInstanceKey)).toEqual([expect.objectContaining({ element_id: 'wait', error_type: 'EXTRACT_VALUE_ERROR' })]);
  });

  it('repeats a non-interrupting R3/PT1H boundary cycle three times while the task waits', async () => {
    const xml = definitions(
      linear('t', [serviceTask('task', 'work')], `
      <bpmn:boundaryEvent id="remind" attachedToRef="task" cancelActivity="false"><bpmn:outgoing>r1</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>
      <bpmn:endEvent id="reminded"><bpmn:incoming>r1</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="r1" sourceRef="remind" targetRef="reminded"/>`),
    );
    await h.deploy('t.bpmn', xml);
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 't' });
    await h.advance(10 * HOUR);
    expect(h.completed(processInstanceKey).filter((id) => id === 'reminded')).toHaveLength(3);
    expect(h.active(processInstanceKey)).toEqual(['task']);
  });

  it('interrupts the task with a boundary duration timer', async () => {
    const xml = definitions(
      linear('t', [serviceTask('task', 'work')], `
      <bpmn:boundaryEvent id="late" attachedToRef="task"><bpmn:outgoing>r1</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
      <bpmn:endEvent id="escalated"><bpmn:incoming>r1</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="r1" sourceRef="late" targetRef="escalated"/>`),
    );
    await h.deploy('t.bpmn', xml);
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 't' });
    await h.advance(3 * 24 * HOUR);
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
    expect(h.completed(processInstanceKey)).toContain('escalated');
    expect(await h.jobs('work')).toEqual([]);
  });

  it('starts instances from a timer start event cycle', async () => {
    const xml = definitions(`<bpmn:process id="cron" isExecutable="true">
      <bpmn:startEvent id="tick"><bpmn:outgoing>f</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeCycle>R2/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
      <bpmn:endEvent id="e"><bpmn:incoming>f</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f" sourceRef="tick" targetRef="e"/></bpmn:process>`);
    await h.deploy('c.bpmn', xml);
    await h.advance(5 * HOUR);
    const n = (h.engine.db.prepare(`SELECT COUNT(*) AS n FROM process_instances WHERE bpmn_process_id = 'cron' AND state = 'COMPLETED'`).get() as { n: number }).n;
    expect(n).toBe(2);
  });

  const timerStart = (def: string) =>
    definitions(`<bpmn:process id="soon" isExecutable="true">
      <bpmn:startEvent id="tick"><bpmn:outgoing>f</bpmn:outgoing><bpmn:timerEventDefinition>${def}</bpmn:timerEventDefinition></bpmn:startEvent>
      <bpmn:endEvent id="e"><bpmn:incoming>f</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f" sourceRef="tick" targetRef="e"/></bpmn:process>`);
  const started = () => (h.engine.db.prepare(`SELECT COUNT(*) AS n FROM process_instances WHERE bpmn_process_id = 'soon'`).get() as { n: number }).n;

  it('evaluates a FEEL timer start event at deployment, with no variables', async () => {
    // given: due one hour after the deployment, by the engine clock
    await h.deploy('s.bpmn', timerStart('<bpmn:timeDate>=now() + duration("PT1H")</bpmn:timeDate>'));
    // when
    await h.advance(HOUR - 1);
    const before = started();
    await h.advance(1);
    // then
    expect(before).toBe(0);
    expect(started()).toBe(1);
  });

  it('rejects a deployment whose FEEL timer start event cannot be evaluated to a timer', async () => {
    await expect(h.deploy('s.bpmn', timerStart('<bpmn:timeDate>=dueAt</bpmn:timeDate>'))).rejects.toThrow(/Element 'tick': could not create the timer/);
    expect((h.engine.db.prepare(`SELECT COUNT(*) AS n FROM process_definitions WHERE bpmn_process_id = 'soon'`).get() as { n: number }).n).toBe(0);
  });
});
