import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { HOUR, T0 } from './support/helpers';
import { Scenario } from './support/scenario';

describe('gateways (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
    await s.pinClock(T0);
    await s.deploy('exclusive-no-default.bpmn', 'exclusive-gateway.bpmn', 'parallel-gateway.bpmn', 'inclusive-gateway.bpmn', 'event-based-gateway.bpmn');
  });

  afterAll(async () => {
    await rt?.stop();
  });

  it.each([
    [500, 'EndBig'],
    [50, 'EndSmall'],
    [0, 'EndDefault'],
  ])('exclusive gateway: amount %p takes the flow to %s (FEEL conditions, default flow)', async (amount, end) => {
    // when
    const pik = await s.start('conf-exclusive-gateway', { amount });

    // then
    await s.completed(pik);
    const ends = (await s.path(pik, 'COMPLETED')).filter((id) => id.startsWith('End'));
    expect(ends).toEqual([end]);
  });

  it('parallel gateway: forks two tokens and joins when both arrived', async () => {
    // given
    const pik = await s.start('conf-parallel-gateway');
    const [a, b] = [await s.job('conf-par-a'), await s.job('conf-par-b')];

    // when: only one branch is done
    await s.complete(a);

    // then: the join waits
    expect(await s.state(pik)).toBe('ACTIVE');

    // when
    await s.complete(b);

    // then
    await s.completed(pik);
    expect((await s.path(pik, 'COMPLETED')).filter((id) => id === 'Join')).toHaveLength(1);
  });

  it('inclusive gateway: activates every flow whose condition holds and joins them', async () => {
    // given
    const pik = await s.start('conf-inclusive-gateway', { needsA: true, needsB: true });
    const [a, b] = [await s.job('conf-inc-a'), await s.job('conf-inc-b')];
    expect(await s.noJob('conf-inc-none')).toBe(true);

    // when
    await s.complete(a);
    expect(await s.state(pik)).toBe('ACTIVE');
    await s.complete(b);

    // then
    await s.completed(pik);
  });

  it('inclusive gateway: joins only the branches that were taken', async () => {
    // given
    const pik = await s.start('conf-inclusive-gateway', { needsA: true, needsB: false });

    // when
    await s.complete(await s.job('conf-inc-a'));

    // then
    await s.completed(pik);
    expect(await s.path(pik, 'COMPLETED')).not.toContain('TaskB');
  });

  it('exclusive gateway without default: no true condition raises CONDITION_ERROR; fixed variables and resolution continue', async () => {
    // given
    const pik = await s.start('conf-exclusive-no-default', { eligible: 'unknown' });

    // when
    const incident = await s.incident(pik);

    // then
    expect(incident).toEqual(expect.objectContaining({ errorType: 'CONDITION_ERROR', elementId: 'Route' }));

    // when
    await rt.api.createElementInstanceVariables({ elementInstanceKey: pik as never, variables: { eligible: true } });
    await rt.api.resolveIncident({ incidentKey: incident.incidentKey! });

    // then
    await s.completed(pik);
    expect(await s.path(pik, 'COMPLETED')).toContain('EndYes');
  });

  it('inclusive gateway: takes the default flow when no condition holds', async () => {
    // given
    const pik = await s.start('conf-inclusive-gateway', { needsA: false, needsB: false });

    // when
    const job = await s.job('conf-inc-none');
    await s.complete(job);

    // then
    await s.completed(pik);
    const completed = await s.path(pik, 'COMPLETED');
    expect(completed).not.toContain('TaskA');
    expect(completed).not.toContain('TaskB');
  });

  it('event-based gateway: the message wins before the timer', async () => {
    // given
    const pik = await s.start('conf-event-based-gateway', { caseId: 'EBG-1' });
    expect(await s.activeElements(pik)).toEqual(expect.arrayContaining(['Wait']));

    // when
    await rt.api.publishMessage({ name: 'conf-ebg-reply', correlationKey: 'EBG-1', variables: { answer: 'yes' } });

    // then
    await s.completed(pik);
    const completed = await s.path(pik, 'COMPLETED');
    expect(completed).toEqual(expect.arrayContaining(['Reply', 'Answered']));
    expect(completed).not.toContain('TimedOut');
    expect((await s.variables(pik)).answer).toBe('yes');
  });

  it('event-based gateway: the timer wins when no message comes', async () => {
    // given
    await s.pinClock(T0);
    const pik = await s.start('conf-event-based-gateway', { caseId: 'EBG-2' });

    // when
    await s.pinClock(T0 + HOUR + 1);

    // then
    await s.completed(pik);
    const completed = await s.path(pik, 'COMPLETED');
    expect(completed).toEqual(expect.arrayContaining(['Deadline', 'TimedOut']));
    expect(completed).not.toContain('Answered');
  });
});
