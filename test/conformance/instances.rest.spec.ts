import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { NOW, rejection, T0 } from './support/helpers';
import { processId, Scenario } from './support/scenario';

describe('process instances, script tasks and variables (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
    await s.pinClock(T0);
    await s.deploy('script-task.bpmn', 'service-task.bpmn');
  });

  afterAll(async () => {
    await rt?.stop();
  });

  it('runs a zeebe:script FEEL script task into its result variable', async () => {
    // when
    const pik = await s.start('conf-script-task', { fees: [100, 250] });

    // then
    await s.completed(pik);
    expect((await s.variables(pik)).total).toBe(352);
  });

  it('awaits completion and returns the result variables', async () => {
    // when
    const result = await rt.api.createProcessInstance({ processDefinitionId: processId('conf-script-task'), variables: { fees: [1, 2] }, awaitCompletion: true });

    // then
    expect(result.variables).toEqual(expect.objectContaining({ total: 5 }));
  });

  it('cancels a running instance: it and its elements end TERMINATED, its job is gone', async () => {
    // given
    const pik = await s.start('conf-service-task');
    const job = await s.job('conf-work');

    // when
    await rt.api.cancelProcessInstance({ processInstanceKey: pik });

    // then
    expect(await s.state(pik)).toBe('TERMINATED');
    expect(await s.path(pik, 'TERMINATED')).toEqual(expect.arrayContaining(['Work']));
    expect((await s.instance(pik)).endDate).toBeDefined();
    await expect(rt.api.completeJob({ jobKey: job.jobKey })).rejects.toMatchObject({ status: 404 });
  });

  it('answers 404 NOT_FOUND when cancelling an instance that already completed', async () => {
    // given
    const pik = await s.start('conf-script-task', { fees: [1] });
    await s.completed(pik);

    // when
    const error = await rejection(rt.api.cancelProcessInstance({ processInstanceKey: pik }));

    // then
    expect(error.status).toBe(404);
    expect(error.title).toBe('NOT_FOUND');
  });

  it('sets variables on an element instance scope (PUT /element-instances/{key}/variables)', async () => {
    // given
    const pik = await s.start('conf-service-task', { note: 'first' });
    const job = await s.job('conf-work');

    // when
    await rt.api.createElementInstanceVariables({ elementInstanceKey: job.elementInstanceKey, variables: { note: 'second', extra: 1 } });

    // then: without local, the variables land at the outermost scope that has them (or the root)
    expect(await s.variables(pik)).toEqual(expect.objectContaining({ note: 'second', extra: 1 }));
  });

  it('searches instances by state and variables, and gets one by key', async () => {
    // given
    const pik = await s.start('conf-service-task', { caseNumber: 'CASE-42' });

    // when
    const found = await rt.api.searchProcessInstances({
      filter: { processDefinitionId: 'conf-service-task', state: 'ACTIVE', variables: [{ name: 'caseNumber', value: '"CASE-42"' }] },
      sort: [{ field: 'startDate', order: 'DESC' }],
    }, NOW);

    // then
    expect(found.items?.map((i) => i.processInstanceKey)).toEqual([pik]);
    const instance = await s.instance(pik);
    expect(instance).toEqual(expect.objectContaining({
      processInstanceKey: pik, processDefinitionId: 'conf-service-task', processDefinitionName: 'Service task', state: 'ACTIVE', hasIncident: false,
      startDate: new Date(T0).toISOString(), tenantId: '<default>',
    }));
  });

  it('returns variables as JSON text, by search and by key', async () => {
    // given
    const pik = await s.start('conf-service-task', { text: 'çğış', amount: 12.5, flags: [true, null], nested: { a: 1 } });

    // when
    const res = await rt.api.searchVariables({ filter: { processInstanceKey: pik }, sort: [{ field: 'name', order: 'ASC' }] }, NOW);

    // then
    const byName = Object.fromEntries((res.items ?? []).map((v) => [v.name, v]));
    expect(byName.text.value).toBe('"çğış"');
    expect(byName.amount.value).toBe('12.5');
    expect(byName.flags.value).toBe('[true,null]');
    expect(byName.nested.value).toBe('{"a":1}');
    expect(byName.text.isTruncated).toBe(false);
    const one = await rt.api.getVariable({ variableKey: byName.nested.variableKey }, NOW);
    expect(one.value).toBe('{"a":1}');
    expect(one.scopeKey).toBe(pik);
  });

  it('truncates long values in search results and returns them whole by key', async () => {
    // given
    const long = 'x'.repeat(10_000);
    const pik = await s.start('conf-service-task', { long });

    // when
    const res = await rt.api.searchVariables({ filter: { processInstanceKey: pik, name: 'long' } }, NOW);
    const item = res.items![0];
    const full = await rt.api.getVariable({ variableKey: item.variableKey }, NOW);

    // then
    expect(item.isTruncated).toBe(true);
    expect(item.value.length).toBeLessThan(full.value.length);
    expect(JSON.parse(full.value)).toBe(long);
  });

  it('searches element instances and gets one by key', async () => {
    // given
    const pik = await s.start('conf-service-task');
    await s.job('conf-work');

    // when
    const res = await rt.api.searchElementInstances({ filter: { processInstanceKey: pik, elementId: 'Work' as never, state: 'ACTIVE' } }, NOW);
    const work = res.items![0];
    const same = await rt.api.getElementInstance({ elementInstanceKey: work.elementInstanceKey }, NOW);

    // then
    expect(work).toEqual(expect.objectContaining({ elementId: 'Work', elementName: 'Work', type: 'SERVICE_TASK', state: 'ACTIVE', hasIncident: false }));
    expect(same.elementInstanceKey).toBe(work.elementInstanceKey);
    expect((await s.elements(pik)).map((e) => e.elementId)).toEqual(['Start', 'Work']);
  });
});
