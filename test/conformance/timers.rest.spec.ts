import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { DAY, HOUR, rejection, T0 } from './support/helpers';
import { Scenario } from './support/scenario';

/** Timers only ever see the pinned clock: each test moves it forward from where the last one left it. */
describe('timers via the pinned clock (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;
  let now = T0;

  const advance = async (ms: number) => {
    now += ms;
    await s.pinClock(now);
  };

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
    await s.pinClock(now);
    await s.deploy(
      'timer-duration.bpmn', 'timer-years.bpmn', 'timer-date.bpmn', 'timer-cycle.bpmn',
      'boundary-timer-interrupting.bpmn', 'boundary-timer-non-interrupting.bpmn', 'boundary-timer-cron.bpmn',
    );
  });

  afterAll(async () => {
    await rt?.stop();
  });

  it('timeDuration PT1H fires after one hour, not before', async () => {
    // given
    const pik = await s.start('conf-timer-duration');

    // when
    await advance(HOUR - 1000);

    // then
    expect(await s.noJob('conf-timer-duration-after')).toBe(true);
    await advance(1000);
    const job = await s.job('conf-timer-duration-after');
    expect(job.processInstanceKey).toBe(pik);
  });

  it('a P3Y duration waits three calendar years', async () => {
    // given
    const start = now;
    const pik = await s.start('conf-timer-years');
    const threeYearsLater = new Date(start);
    threeYearsLater.setUTCFullYear(threeYearsLater.getUTCFullYear() + 3);

    // when: one day short
    await advance(threeYearsLater.getTime() - DAY - now);

    // then
    expect(await s.noJob('conf-timer-years-after')).toBe(true);
    await advance(threeYearsLater.getTime() - now);
    expect((await s.job('conf-timer-years-after')).processInstanceKey).toBe(pik);
  });

  it('timeDate takes its instant from a process variable', async () => {
    // given
    const deadline = new Date(now + 10 * DAY).toISOString();
    const pik = await s.start('conf-timer-date', { appealDeadline: deadline });

    // when
    await advance(10 * DAY - 1000);
    expect(await s.noJob('conf-timer-date-after')).toBe(true);
    await advance(1000);

    // then
    expect((await s.job('conf-timer-date-after')).processInstanceKey).toBe(pik);
  });

  it('a non-interrupting timeCycle R3/PT1H fires three times and no more', async () => {
    // given
    const pik = await s.start('conf-timer-cycle');

    // when
    for (let i = 0; i < 4; i++) await advance(HOUR);

    // then
    const reminders = await s.jobs('conf-timer-cycle-remind', 3);
    expect(reminders.map((j) => j.processInstanceKey)).toEqual([pik, pik, pik]);
    expect(await s.noJob('conf-timer-cycle-remind')).toBe(true);
    expect(await s.activeElements(pik)).toContain('Review');
  });

  it('a timer start event with timeCycle R2/PT1H starts one instance per cycle, twice', async () => {
    // given
    await s.deploy('timer-start-cycle.bpmn');

    // when
    for (let i = 0; i < 3; i++) await advance(HOUR);

    // then
    const sweeps = await s.jobs('conf-timer-start-sweep', 2);
    expect(new Set(sweeps.map((j) => j.processInstanceKey)).size).toBe(2);
    expect(await s.noJob('conf-timer-start-sweep')).toBe(true);
  });

  it('an interrupting boundary timer cancels the task and takes its own path', async () => {
    // given
    const pik = await s.start('conf-boundary-timer-interrupting');
    const review = await s.job('conf-boundary-timer-interrupting-review');

    // when
    await advance(HOUR);

    // then
    await s.complete(await s.job('conf-boundary-timer-interrupting-remind'));
    await s.completed(pik);
    expect(await s.path(pik, 'TERMINATED')).toContain('Review');
    const late = await rejection(rt.api.completeJob({ jobKey: review.jobKey }));
    expect(late.status).toBe(404);
  });

  it('a non-interrupting boundary timer adds a path and leaves the task active', async () => {
    // given
    const pik = await s.start('conf-boundary-timer-non-interrupting');
    const review = await s.job('conf-boundary-timer-non-interrupting-review');

    // when
    await advance(30 * 60_000);

    // then
    await s.complete(await s.job('conf-boundary-timer-non-interrupting-remind'));
    expect(await s.activeElements(pik)).toContain('Review');
    await s.complete(review);
    await s.completed(pik);
  });

  it('a non-interrupting boundary timer with a cron timeCycle fires on each quarter hour until the task completes', async () => {
    // given: '0 */15 * * * *' fires on the quarter hours (UTC for Zeebe; the same instants in any zone)
    const QUARTER = 15 * 60_000;
    const pik = await s.start('conf-boundary-timer-cron');
    const review = await s.job('conf-boundary-timer-cron-review');
    const firstQuarter = (Math.floor(now / QUARTER) + 1) * QUARTER;

    // when
    await advance(firstQuarter - 1000 - now);
    expect(await s.noJob('conf-boundary-timer-cron-remind')).toBe(true);
    await advance(1000);
    await advance(QUARTER);

    // then: one reminder per quarter hour, the task still active
    const reminders = await s.jobs('conf-boundary-timer-cron-remind', 2);
    expect(reminders.map((j) => j.processInstanceKey)).toEqual([pik, pik]);
    expect(await s.noJob('conf-boundary-timer-cron-remind')).toBe(true);
    expect(await s.activeElements(pik)).toContain('Review');
    for (const job of [...reminders, review]) await s.complete(job);
    await s.completed(pik);
    await advance(QUARTER);
    expect(await s.noJob('conf-boundary-timer-cron-remind')).toBe(true);
  });
});
