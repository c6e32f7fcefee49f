import { definitions } from '../test-support/bpmn';
import { EngineHarness, linear, serviceTask, subProcessWithPauseAndAbort } from '../test-support/harness';
import { migrateProcessInstance } from '../runtime/migration';
import { planMigration } from '../runtime/migration-plan';
import { modifyProcessInstance } from '../runtime/modification';
import { compileBpmn } from '../model/compile';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-02T07:00:00Z');

const userTask = (id: string, name: string) => ({
  id,
  xml: (i: string, o: string) => `<bpmn:userTask id="${id}" name="${name}"><bpmn:extensionElements><zeebe:userTask/><zeebe:assignmentDefinition candidateGroups="officers"/></bpmn:extensionElements>${i}${o}</bpmn:userTask>`,
});
/** A review task with an interrupting ten-day boundary timer leading to `escalated`. */
const reviewWithDeadline = (id: string, taskName: string, before: Array<ReturnType<typeof serviceTask>> = []) =>
  definitions(
    linear(id, [...before, userTask('review', taskName)], `
    <bpmn:boundaryEvent id="deadline" attachedToRef="review"><bpmn:outgoing>d1</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeDuration>P10D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
    <bpmn:endEvent id="escalated"><bpmn:incoming>d1</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="d1" sourceRef="deadline" targetRef="escalated"/>`),
  );

describe('process instance modification', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start(T0)));
  afterEach(() => h.stop());

  const elementKey = (pi: string, elementId: string) =>
    String((h.engine.db.prepare(`SELECT key FROM element_instances WHERE process_instance_key = ? AND element_id = ? AND state = 'ACTIVE'`).get(Number(pi), elementId) as { key: number }).key);

  it('moves a token: terminates one element instance and activates another, with variables', async () => {
    // given
    await h.deploy('m.bpmn', definitions(linear('m', [serviceTask('a', 'work-a'), serviceTask('b', 'work-b')])));
    const { processInstanceKey: pi } = await h.engine.createProcessInstance({ processDefinitionId: 'm' });
    expect(h.active(pi)).toEqual(['a']);

    // when
    await modifyProcessInstance(h.engine, pi, {
      activateInstructions: [{ elementId: 'b', variableInstructions: [{ variables: { movedBy: 'spec' } }] }],
      terminateInstructions: [{ elementInstanceKey: elementKey(pi, 'a') }],
    });

    // then
    expect(h.active(pi)).toEqual(['b']);
    expect(h.variable(pi, 'movedBy')).toBe('spec');
    expect(await h.jobs('work-a')).toEqual([]);
    const [job] = await h.jobs('work-b');
    await h.engine.completeJob(job.jobKey);
    expect(h.state(pi)).toBe('COMPLETED');
  });

  it('adds a token next to a running one', async () => {
    await h.deploy('m.bpmn', definitions(linear('m', [serviceTask('a', 'work-a'), serviceTask('b', 'work-b')])));
    const { processInstanceKey: pi } = await h.engine.createProcessInstance({ processDefinitionId: 'm' });
    await modifyProcessInstance(h.engine, pi, { activateInstructions: [{ elementId: 'b' }] });
    expect(h.active(pi).sort()).toEqual(['a', 'b']);
  });

  it('terminates the instance when its last element instance is terminated', async () => {
    await h.deploy('m.bpmn', definitions(linear('m', [serviceTask('a', 'work-a')])));
    const { processInstanceKey: pi } = await h.engine.createProcessInstance({ processDefinitionId: 'm' });
    await modifyProcessInstance(h.engine, pi, { terminateInstructions: [{ elementInstanceKey: elementKey(pi, 'a') }] });
    expect(h.state(pi)).toBe('TERMINATED');
  });

  it('activates inside the active sub-process; terminating its last element ends the sub-process and the instance', async () => {
    const signal = '<bpmn:signalEventDefinition signalRef="sig"/>';
    await h.deploy('p.bpmn', definitions(subProcessWithPauseAndAbort(signal, signal), '<bpmn:signal id="sig" name="pause"/>'));
    const { processInstanceKey: pi } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    expect(h.active(pi)).toEqual(['sub', 'inner']);
    // a second token inside the sub-process, found without an ancestor key (one active instance of 'sub')
    await modifyProcessInstance(h.engine, pi, { activateInstructions: [{ elementId: 'inner' }] });
    expect(h.active(pi)).toEqual(['sub', 'inner', 'inner']);
    const inner = (h.engine.db.prepare(`SELECT key FROM element_instances WHERE process_instance_key = ? AND element_id = 'inner' AND state = 'ACTIVE'`).all(Number(pi)) as Array<{ key: number }>).map((r) => ({ elementInstanceKey: String(r.key) }));
    await modifyProcessInstance(h.engine, pi, { terminateInstructions: inner });
    expect(h.state(pi)).toBe('TERMINATED');
    expect(h.completed(pi)).not.toContain('e');
  });

  it('refuses the whole modification when one instruction is wrong, changing nothing', async () => {
    await h.deploy('m.bpmn', definitions(linear('m', [serviceTask('a', 'work-a'), serviceTask('b', 'work-b')])));
    const { processInstanceKey: pi } = await h.engine.createProcessInstance({ processDefinitionId: 'm' });
    const a = elementKey(pi, 'a');
    await expect(modifyProcessInstance(h.engine, pi, { activateInstructions: [{ elementId: 'nope' }], terminateInstructions: [{ elementInstanceKey: a }] })).rejects.toThrow(/could not be found: 'nope'/);
    await expect(modifyProcessInstance(h.engine, pi, { activateInstructions: [{ elementId: 'start' }] })).rejects.toThrow(/cannot be activated/);
    await expect(modifyProcessInstance(h.engine, pi, { terminateInstructions: [{ elementInstanceKey: '123456789' }] })).rejects.toThrow(/could not be found/);
    expect(h.active(pi)).toEqual(['a']);
  });
});

describe('process instance migration', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start(T0)));
  afterEach(() => h.stop());

  it('keeps the boundary timer: it fires once, at the original due time, on the new version', async () => {
    // given an instance of v1 waiting in `review`, its ten-day deadline running since T0
    const v1 = await h.deploy('r.bpmn', reviewWithDeadline('r', 'Review'));
    const { processInstanceKey: pi } = await h.engine.createProcessInstance({ processDefinitionId: 'r' });
    const [task] = h.userTasks(pi);
    await h.engine.assignUserTask(String(task.key), { assignee: 'officer.one' });
    const timerBefore = h.engine.db.prepare(`SELECT key, due_at FROM timers WHERE process_instance_key = ?`).get(Number(pi)) as { key: number; due_at: number };
    expect(timerBefore.due_at).toBe(T0 + 10 * DAY);
    await h.advance(3 * DAY);
    const v2 = await h.deploy('r.bpmn', reviewWithDeadline('r', 'Review (v2)', [serviceTask('intake', 'intake')]));
    expect(v2.processes[0].processDefinitionVersion).toBe(2);

    // when it moves to v2
    await migrateProcessInstance(h.engine, pi, { targetProcessDefinitionKey: v2.processes[0].processDefinitionKey, mappingInstructions: [{ sourceElementId: 'review', targetElementId: 'review' }] });

    // then the same task, assignee and timer, now labelled v2
    const row = h.engine.db.prepare(`SELECT process_definition_key, version FROM process_instances WHERE key = ?`).get(Number(pi)) as { process_definition_key: number; version: number };
    expect(row).toEqual({ process_definition_key: Number(v2.processes[0].processDefinitionKey), version: 2 });
    expect(h.userTasks(pi)).toEqual([expect.objectContaining({ key: task.key, assignee: 'officer.one', element_id: 'review' })]);
    const timerAfter = h.engine.db.prepare(`SELECT key, due_at, process_definition_key FROM timers WHERE process_instance_key = ?`).get(Number(pi)) as { key: number; due_at: number; process_definition_key: number };
    expect(timerAfter).toEqual({ key: timerBefore.key, due_at: T0 + 10 * DAY, process_definition_key: Number(v2.processes[0].processDefinitionKey) });
    expect(v1.processes[0].processDefinitionKey).not.toBe(v2.processes[0].processDefinitionKey);

    // and the timer fires once, exactly at its original due time
    await h.engine.pinClock(T0 + 10 * DAY - 1);
    expect(h.state(pi)).toBe('ACTIVE');
    await h.engine.pinClock(T0 + 10 * DAY);
    await h.advance(30 * DAY);
    expect(h.state(pi)).toBe('COMPLETED');
    expect(h.completed(pi)).toContain('escalated');
    const fired = h.engine.db.prepare(`SELECT COUNT(*) AS n FROM history WHERE kind = 'TIMER' AND intent = 'TRIGGERED' AND process_instance_key = ?`).get(Number(pi)) as { n: number };
    expect(fired.n).toBe(1);
  });

  it('refuses an unmapped active element and a changed element type, and names them', async () => {
    await h.deploy('r.bpmn', reviewWithDeadline('r', 'Review'));
    const { processInstanceKey: pi } = await h.engine.createProcessInstance({ processDefinitionId: 'r' });
    const other = await h.deploy('r.bpmn', definitions(linear('r', [serviceTask('review', 'now-automatic')])));
    const target = other.processes[0].processDefinitionKey;
    await expect(migrateProcessInstance(h.engine, pi, { targetProcessDefinitionKey: target, mappingInstructions: [] })).rejects.toThrow(/active element 'review' has no mapping/);
    await expect(migrateProcessInstance(h.engine, pi, { targetProcessDefinitionKey: target, mappingInstructions: [{ sourceElementId: 'review', targetElementId: 'review' }] })).rejects.toThrow(/USER_TASK but 'review' is a SERVICE_TASK/);
    expect((h.engine.db.prepare(`SELECT version FROM process_instances WHERE key = ?`).get(Number(pi)) as { version: number }).version).toBe(1);
  });

  it('plans a dry run from the two diagrams: what moves and what cannot', async () => {
    const source = (await compileBpmn(reviewWithDeadline('r', 'Review'), 'r.bpmn')).processes[0];
    const target = (await compileBpmn(definitions(linear('r', [userTask('check', 'Check')])), 'r.bpmn')).processes[0];
    const plan = planMigration(source, target, [{ elementInstanceKey: '1', elementId: 'r', type: 'PROCESS' }, { elementInstanceKey: '2', elementId: 'review', type: 'USER_TASK' }], [{ sourceElementId: 'review', targetElementId: 'check' }]);
    expect(plan.moves).toEqual([expect.objectContaining({ elementId: 'review', targetElementId: 'check', targetElementName: 'Check' })]);
    expect(plan.problems).toEqual([expect.objectContaining({ elementId: 'review', reason: 'catchEventUnmapped' })]);
  });
});
