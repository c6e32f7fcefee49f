import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { DAY, NOW, rejection, T0 } from './support/helpers';
import { Scenario } from './support/scenario';

describe('user tasks (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;
  const reviewDue = new Date(T0 + 7 * DAY).toISOString();

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
    await s.pinClock(T0);
    await s.deploy('conf-review.form', 'user-task.bpmn', 'user-task-plain.bpmn');
  });

  afterAll(async () => {
    await rt?.stop();
  });

  it('creates a Camunda user task with assignee, candidate groups, due date and form', async () => {
    // when
    const pik = await s.start('conf-user-task', { firstReviewer: 'officer.a', reviewDue });
    const task = await s.userTask(pik);

    // then
    expect(task).toEqual(expect.objectContaining({
      name: 'Review the application',
      state: 'CREATED',
      assignee: 'officer.a',
      elementId: 'Review',
      candidateGroups: ['officers', 'supervisors'],
      processDefinitionId: 'conf-user-task',
      processInstanceKey: pik,
      dueDate: reviewDue,
      creationDate: new Date(T0).toISOString(),
    }));
    expect(task.formKey).toMatch(/^\d+$/);
    expect((await rt.api.getUserTask({ userTaskKey: task.userTaskKey }, NOW)).userTaskKey).toBe(task.userTaskKey);
  });

  it('returns the linked form by GET /user-tasks/{key}/form', async () => {
    // given
    const pik = await s.start('conf-user-task', { firstReviewer: 'officer.a', reviewDue });
    const task = await s.userTask(pik);

    // when
    const form = await rt.api.getUserTaskForm({ userTaskKey: task.userTaskKey }, NOW);

    // then
    expect(form).toEqual(expect.objectContaining({ formId: 'conf-review-form', formKey: task.formKey }));
    expect((form as { schema: { components: unknown[] } }).schema.components).toHaveLength(2);
  });

  it('answers 204 (no body) for the form of a task without one, and leaves it unassigned', async () => {
    // given
    const pik = await s.start('conf-user-task-plain');
    const task = await s.userTask(pik);

    // when
    const form = await rt.api.getUserTaskForm({ userTaskKey: task.userTaskKey }, NOW);

    // then: no form (the SDK hands a 204 over as an empty result)
    expect(form?.formKey).toBeUndefined();
    expect(task.assignee).toBeUndefined();
    expect(task.formKey).toBeUndefined();
    expect(task.candidateGroups).toEqual(['officers']);
  });

  it('finds tasks by candidate group and assignee, sorted by due date', async () => {
    // given
    const pik = await s.start('conf-user-task', { firstReviewer: 'officer.search', reviewDue });

    // when
    const byGroup = await rt.api.searchUserTasks({ filter: { candidateGroup: 'supervisors', assignee: 'officer.search', state: 'CREATED' }, sort: [{ field: 'dueDate', order: 'ASC' }] }, NOW);

    // then
    expect(byGroup.items?.map((t) => t.processInstanceKey)).toEqual([pik]);
  });

  it('unassigns, assigns and completes a task with variables', async () => {
    // given
    const pik = await s.start('conf-user-task', { firstReviewer: 'officer.a', reviewDue });
    const task = await s.userTask(pik);

    // when: the task goes back to the queue
    await rt.api.unassignUserTask({ userTaskKey: task.userTaskKey });

    // then
    expect((await rt.api.getUserTask({ userTaskKey: task.userTaskKey }, NOW)).assignee).toBeUndefined();

    // when: another officer claims it
    await rt.api.assignUserTask({ userTaskKey: task.userTaskKey, assignee: 'officer.b' });

    // then
    expect((await rt.api.getUserTask({ userTaskKey: task.userTaskKey }, NOW)).assignee).toBe('officer.b');

    // when
    await rt.api.completeUserTask({ userTaskKey: task.userTaskKey, variables: { approved: true, reason: 'complete file' } });

    // then
    await s.completed(pik);
    expect(await s.variables(pik)).toEqual(expect.objectContaining({ approved: true, reason: 'complete file' }));
    const done = await rt.api.getUserTask({ userTaskKey: task.userTaskKey }, NOW);
    expect(done.state).toBe('COMPLETED');
    expect(done.completionDate).toBeDefined();
  });

  it('refuses to assign a task that is assigned to someone else without allowOverride', async () => {
    // given
    const pik = await s.start('conf-user-task', { firstReviewer: 'officer.a', reviewDue });
    const task = await s.userTask(pik);

    // when
    const error = await rejection(rt.api.assignUserTask({ userTaskKey: task.userTaskKey, assignee: 'officer.c', allowOverride: false }));

    // then
    expect(error.status).toBe(409);
    expect(error.title).toBe('INVALID_STATE');
  });

  it('lists the variables a task sees (POST /user-tasks/{key}/variables/search)', async () => {
    // given
    const pik = await s.start('conf-user-task', { firstReviewer: 'officer.a', reviewDue, applicant: { name: 'Ali' } });
    const task = await s.userTask(pik);

    // when
    const vars = await rt.api.searchUserTaskVariables({ userTaskKey: task.userTaskKey, filter: { name: 'applicant' } }, NOW);

    // then
    expect(vars.items).toEqual([expect.objectContaining({ name: 'applicant', value: '{"name":"Ali"}', isTruncated: false, processInstanceKey: pik })]);
  });

  it('answers 404 NOT_FOUND for an unknown user task', async () => {
    // when
    const error = await rejection(rt.api.completeUserTask({ userTaskKey: '2251799813999999' as never }));

    // then
    expect(error.status).toBe(404);
    expect(error.title).toBe('NOT_FOUND');
  });
});
