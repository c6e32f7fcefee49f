import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { DAY, eventually, NOW, T0 } from './support/helpers';
import { Scenario } from './support/scenario';

describe('sub-processes, event sub-processes, multi-instance and call activities (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;
  let now = T0;

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
    await s.pinClock(now);
    await s.deploy(
      'sub-process.bpmn', 'event-subprocess-message.bpmn', 'event-subprocess-message-non-interrupting.bpmn', 'event-subprocess-timer.bpmn',
      'multi-instance-parallel.bpmn', 'multi-instance-sequential.bpmn', 'call-child.bpmn', 'call-propagate-all.bpmn', 'call-mapped.bpmn',
    );
  });

  afterAll(async () => {
    await rt?.stop();
  });

  it('embedded sub-process: local input variables stay inside, outputs come out', async () => {
    // given
    const pik = await s.start('conf-sub-process');
    const job = await s.job('conf-sub-score');
    expect(job.variables).toEqual(expect.objectContaining({ status: 'draft' }));

    // when
    await s.complete(job, { score: 7 });

    // then
    await s.completed(pik);
    const vars = await s.variables(pik);
    expect(vars.assessmentScore).toBe(7);
    expect(vars).not.toHaveProperty('status');
    const sub = (await s.elements(pik, { elementId: 'Assessment' }))[0];
    expect(sub.type).toBe('SUB_PROCESS');
  });

  it('interrupting message event sub-process cancels the main flow', async () => {
    // given
    const pik = await s.start('conf-event-subprocess-message', { caseId: 'ESP-1' });
    await s.job('conf-event-subprocess-message-main');

    // when
    await rt.api.publishMessage({ name: 'conf-withdrawn', correlationKey: 'ESP-1' });

    // then
    await s.complete(await s.job('conf-event-subprocess-message-handle'));
    await s.completed(pik);
    expect(await s.path(pik, 'TERMINATED')).toContain('Main');
    expect((await s.elements(pik, { elementId: 'OnEvent' }))[0].type).toBe('EVENT_SUB_PROCESS');
  });

  it('non-interrupting message event sub-process runs beside the main flow', async () => {
    // given
    const pik = await s.start('conf-event-subprocess-message-non-interrupting', { caseId: 'ESP-2' });
    const main = await s.job('conf-event-subprocess-message-non-interrupting-main');

    // when
    await rt.api.publishMessage({ name: 'conf-withdrawn', correlationKey: 'ESP-2' });
    await s.complete(await s.job('conf-event-subprocess-message-non-interrupting-handle'));

    // then
    expect(await s.activeElements(pik)).toContain('Main');
    await s.complete(main);
    await s.completed(pik);
  });

  it('timer event sub-process starts when its duration elapsed', async () => {
    // given
    const pik = await s.start('conf-event-subprocess-timer');
    await s.job('conf-event-subprocess-timer-main');

    // when
    now += 2 * DAY;
    await s.pinClock(now);

    // then
    await s.complete(await s.job('conf-event-subprocess-timer-handle'));
    await s.completed(pik);
    expect(await s.path(pik, 'TERMINATED')).toContain('Main');
  });

  it('parallel multi-instance: one job per item at once, outputs collected in item order', async () => {
    // given
    const pik = await s.start('conf-multi-instance-parallel', { documents: ['passport', 'residence', 'photo'] });

    // when
    const jobs = await s.jobs('conf-multi-instance-parallel-item', 3);
    for (const job of [...jobs].reverse()) await s.complete(job, { checked: `${String(job.variables.document)}:ok` });

    // then
    expect(jobs.map((j) => j.variables.document).sort()).toEqual(['passport', 'photo', 'residence']);
    await s.completed(pik);
    expect((await s.variables(pik)).checks).toEqual(['passport:ok', 'residence:ok', 'photo:ok']);
    expect((await s.elements(pik, { type: 'MULTI_INSTANCE_BODY' })).map((e) => e.elementId)).toEqual(['Each']);
  });

  it('sequential multi-instance: one item at a time, in order', async () => {
    // given
    const pik = await s.start('conf-multi-instance-sequential', { documents: ['a', 'b'] });

    // when
    const first = await s.job('conf-multi-instance-sequential-item');
    expect(await s.noJob('conf-multi-instance-sequential-item')).toBe(true);
    await s.complete(first, { checked: 1 });
    const second = await s.job('conf-multi-instance-sequential-item');
    await s.complete(second, { checked: 2 });

    // then
    expect([first.variables.document, second.variables.document]).toEqual(['a', 'b']);
    await s.completed(pik);
    expect((await s.variables(pik)).checks).toEqual([1, 2]);
  });

  it('call activity with propagateAllChildVariables: the child sees the parent variables and returns its own', async () => {
    // given
    const pik = await s.start('conf-call-propagate-all', { applicant: { name: 'Ali' } });

    // when
    const child = await s.job('conf-child-work');
    await s.complete(child, { decision: 'granted' });

    // then
    expect(child.processInstanceKey).not.toBe(pik);
    expect(child.variables).toEqual(expect.objectContaining({ applicant: { name: 'Ali' } }));
    const childInstance = await s.instance(child.processInstanceKey);
    expect(childInstance.parentProcessInstanceKey).toBe(pik);
    await s.completed(pik);
    expect((await s.variables(pik)).decision).toBe('granted');
  });

  it('call activity without propagation: only the mapped variables cross in and out', async () => {
    // given
    const pik = await s.start('conf-call-mapped', { applicant: { name: 'Zeynep' }, secret: 'parent-only' });

    // when
    const child = await s.job('conf-child-work');
    await s.complete(child, { decision: 'refused', scratch: 'child-only' });

    // then
    expect(child.variables).toEqual(expect.objectContaining({ childName: 'Zeynep' }));
    await s.completed(pik);
    const vars = await s.variables(pik);
    expect(vars.childDecision).toBe('refused');
    expect(vars).not.toHaveProperty('scratch');
    expect(vars).not.toHaveProperty('decision');
  });

  it('finds child instances by parentProcessInstanceKey', async () => {
    // given
    const pik = await s.start('conf-call-propagate-all', { applicant: { name: 'Can' } });

    // when
    const children = await eventually(async () => {
      const res = await rt.api.searchProcessInstances({ filter: { parentProcessInstanceKey: pik } }, NOW);
      return res.items?.length ? res.items : undefined;
    });

    // then
    expect(children[0].processDefinitionId).toBe('conf-call-child');
    expect(children[0].parentElementInstanceKey).toMatch(/^\d+$/);
  });
});
