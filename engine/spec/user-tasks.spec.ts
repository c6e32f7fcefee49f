import { definitions } from '../test-support/bpmn';
import { EngineHarness, linear } from '../test-support/harness';

const userTask = (extensions: string) => ({
  id: 'decide',
  xml: (i: string, o: string) => `<bpmn:userTask id="decide" name="Karar"><bpmn:extensionElements><zeebe:userTask/>${extensions}</bpmn:extensionElements>${i}${o}</bpmn:userTask>`,
});
const FORM = JSON.stringify({ id: 'decision-form', type: 'default', components: [{ type: 'textfield', key: 'reason', label: 'Gerekçe', validate: { required: true } }] });

describe('user tasks', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start(Date.parse('2026-05-20T07:00:00Z'))));
  afterEach(() => h.stop());

  it('creates the task with candidate groups, due date and its linked form; completion moves the case on', async () => {
    const ext = `<zeebe:formDefinition formId="decision-form"/><zeebe:assignmentDefinition candidateGroups="officers, supervisors"/><zeebe:taskSchedule dueDate="=decisionDueAt"/>`;
    await h.engine.deploy([{ name: 'decision.form', content: FORM }, { name: 'p.bpmn', content: definitions(linear('p', [userTask(ext)])) }]);
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p', variables: { decisionDueAt: '2026-06-01T23:59:59.999+03:00' } });
    const [task] = h.userTasks(processInstanceKey);
    expect(JSON.parse(task.candidate_groups)).toEqual(['officers', 'supervisors']);
    expect(new Date(task.due_date!).toISOString()).toBe('2026-06-01T20:59:59.999Z');
    expect(task.form_key).not.toBeNull();
    await h.engine.assignUserTask(String(task.key), { assignee: 'officer.ayse' });
    await h.engine.completeUserTask(String(task.key), { variables: { reason: 'Art. 79(1)(ç)' } }, 'officer.ayse');
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
    expect(h.variable(processInstanceKey, 'reason')).toBe('Art. 79(1)(ç)');
    const actions = h.engine.db.prepare(`SELECT intent, actor FROM history WHERE kind = 'USER_TASK' ORDER BY seq`).all();
    expect(actions).toEqual([
      { intent: 'CREATED', actor: null },
      { intent: 'ASSIGNED', actor: null },
      { intent: 'COMPLETED', actor: 'officer.ayse' },
    ]);
  });

  it('assigns from a FEEL assignee expression', async () => {
    await h.deploy('p.bpmn', definitions(linear('p', [userTask(`<zeebe:assignmentDefinition assignee="=caseOfficer"/>`)])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p', variables: { caseOfficer: 'officer.mert' } });
    expect(h.userTasks(processInstanceKey)[0].assignee).toBe('officer.mert');
  });

  it('raises FORM_NOT_FOUND when the linked form was never deployed, and goes on once it is', async () => {
    await h.deploy('p.bpmn', definitions(linear('p', [userTask(`<zeebe:formDefinition formId="decision-form"/>`)])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    const [incident] = h.incidents(processInstanceKey);
    expect(incident).toMatchObject({ error_type: 'FORM_NOT_FOUND', element_id: 'decide' });
    await h.engine.deploy([{ name: 'decision.form', content: FORM }]);
    await h.engine.resolveIncident(String(incident.key));
    expect(h.userTasks(processInstanceKey)).toHaveLength(1);
  });

  it('refuses to complete a task twice', async () => {
    await h.deploy('p.bpmn', definitions(linear('p', [userTask('')])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    const [task] = h.userTasks(processInstanceKey);
    await h.engine.completeUserTask(String(task.key), {});
    await expect(h.engine.completeUserTask(String(task.key), {})).rejects.toMatchObject({ kind: 'INVALID_STATE' });
  });
});

describe('FEEL and the engine clock', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start(Date.parse('2027-03-10T08:00:00Z'))));
  afterEach(() => h.stop());

  it('now() and today() read the pinned engine clock', async () => {
    const script = { id: 'stamp', xml: (i: string, o: string) => `<bpmn:scriptTask id="stamp"><bpmn:extensionElements><zeebe:script expression="={at: string(now()), day: string(today())}" resultVariable="stamp"/></bpmn:extensionElements>${i}${o}</bpmn:scriptTask>` };
    await h.deploy('s.bpmn', definitions(linear('s', [script])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 's' });
    expect(h.variable(processInstanceKey, 'stamp')).toEqual({ at: '2027-03-10T08:00:00Z', day: '2027-03-10' });
  });
});

describe('FEEL built-ins Camunda has and feelin lacks', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start()));
  afterEach(() => h.stop());

  it('deploys and evaluates is defined() and get or else()', async () => {
    const script = { id: 'calc', xml: (i: string, o: string) => `<bpmn:scriptTask id="calc"><bpmn:extensionElements><zeebe:script expression="={known: is defined(a), missing: is defined(b), fallback: get or else(b, &quot;none&quot;), value: get or else(a, 0)}" resultVariable="r"/></bpmn:extensionElements>${i}${o}</bpmn:scriptTask>` };
    await h.deploy('s.bpmn', definitions(linear('s', [script])));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 's', variables: { a: 5 } });
    expect(h.variable(processInstanceKey, 'r')).toEqual({ known: true, missing: false, fallback: 'none', value: 5 });
  });
});
