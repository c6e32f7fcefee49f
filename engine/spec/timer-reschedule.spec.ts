import { definitions } from '../test-support/bpmn';
import { EngineHarness, linear, serviceTask } from '../test-support/harness';

const timerCatch = (id: string, def: string) => ({
  id,
  xml: (i: string, o: string) => `<bpmn:intermediateCatchEvent id="${id}">${i}${o}<bpmn:timerEventDefinition>${def}</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>`,
});
const dueOf = (h: EngineHarness) => (h.engine.db.prepare('SELECT due_at FROM timers').all() as Array<{ due_at: number }>).map((r) => new Date(r.due_at).toISOString());

describe('rescheduling date timers after their variable changed (engine extension, not in Zeebe)', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start(Date.parse('2026-01-05T09:00:00Z'))));
  afterEach(() => h.stop());

  it('a changed variable alone leaves the timer where it was; rescheduleTimers moves it and it fires at the new instant', async () => {
    // given a timer waiting on dueAt
    await h.deploy('t.bpmn', definitions(linear('t', [timerCatch('wait', '<bpmn:timeDate>=dueAt</bpmn:timeDate>')])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 't', variables: { dueAt: '2026-06-01T23:59:59.999+03:00' } });

    // when the variable is corrected: the timer is unchanged, as in Zeebe
    await h.engine.setVariables(processInstanceKey, { dueAt: '2026-06-02T23:59:59.999+03:00' }, false);
    expect(dueOf(h)).toEqual(['2026-06-01T20:59:59.999Z']);

    // and when the timers are rescheduled
    const moved = (await h.engine.rescheduleTimers(processInstanceKey)).timers;

    // then the timer moved, once, and fires at the new instant only
    expect(moved).toEqual([expect.objectContaining({ elementId: 'wait', from: Date.parse('2026-06-01T20:59:59.999Z'), to: Date.parse('2026-06-02T20:59:59.999Z') })]);
    expect(await h.engine.rescheduleTimers(processInstanceKey)).toEqual({ timers: [], userTasks: [] });
    await h.engine.pinClock(Date.parse('2026-06-02T20:59:59.998Z'));
    expect(h.state(processInstanceKey)).toBe('ACTIVE');
    await h.engine.pinClock(Date.parse('2026-06-02T20:59:59.999Z'));
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('moves a boundary date timer of a waiting task and leaves duration timers alone', async () => {
    const xml = definitions(
      linear('t', [serviceTask('task', 'work')], `
      <bpmn:boundaryEvent id="deadline" attachedToRef="task"><bpmn:outgoing>r1</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeDate>=dueAt</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent>
      <bpmn:boundaryEvent id="nudge" attachedToRef="task" cancelActivity="false"><bpmn:outgoing>r2</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
      <bpmn:endEvent id="late"><bpmn:incoming>r1</bpmn:incoming></bpmn:endEvent>
      <bpmn:endEvent id="nudged"><bpmn:incoming>r2</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="r1" sourceRef="deadline" targetRef="late"/>
      <bpmn:sequenceFlow id="r2" sourceRef="nudge" targetRef="nudged"/>`),
    );
    await h.deploy('t.bpmn', xml);
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 't', variables: { dueAt: '2026-03-01T00:00:00Z' } });
    await h.engine.setVariables(processInstanceKey, { dueAt: '2026-02-01T00:00:00Z' }, false);
    const moved = (await h.engine.rescheduleTimers(processInstanceKey)).timers;
    expect(moved.map((m) => m.elementId)).toEqual(['deadline']);
    expect(dueOf(h).sort()).toEqual(['2026-01-05T10:00:00.000Z', '2026-02-01T00:00:00.000Z']);
  });

  it('re-evaluates the taskSchedule due date of an open user task', async () => {
    const xml = definitions(
      linear('t', [{ id: 'decide', xml: (i: string, o: string) => `<bpmn:userTask id="decide">${i}${o}<bpmn:extensionElements><zeebe:userTask/><zeebe:taskSchedule dueDate="=dueAt"/></bpmn:extensionElements></bpmn:userTask>` }]),
    );
    await h.deploy('t.bpmn', xml);
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 't', variables: { dueAt: '2026-03-01T00:00:00Z' } });
    await h.engine.setVariables(processInstanceKey, { dueAt: '2026-03-02T00:00:00Z' }, false);
    expect((await h.engine.rescheduleTimers(processInstanceKey)).userTasks).toEqual(['decide']);
    expect((h.engine.db.prepare('SELECT due_date FROM user_tasks').get() as { due_date: number }).due_date).toBe(Date.parse('2026-03-02T00:00:00Z'));
  });

  it('refuses an unknown or finished process instance', async () => {
    await expect(h.engine.rescheduleTimers('999999')).rejects.toMatchObject({ kind: 'NOT_FOUND' });
  });
});
