/**
 * The legal calendar across the years an authority works in (2014 onwards, and past the last announced bayram),
 * through the SDK with the real job workers and the pinned engine clock:
 * - a trafficking victim renewed every six months from 2026 to the three-year cap (Art. 49(1)), crossing 2028, whose
 *   reminders fire on working days and never raise an incident;
 * - a removal decision notified in 2019, before Law No. 7196: 15 days (Art. 53(3)) counted on the 2019 calendar,
 *   rolling over Kurban Bayramı 2019; and one notified on 24 December 2019, with 7 days.
 */
import * as path from 'node:path';
import { person, useProcedureDriver } from './support/sdk-driver';

const d = useProcedureDriver();
const REMOVAL_WINDOW = path.join(__dirname, 'fixtures', 'removal-appeal-window.bpmn');

describe('the legal calendar from 2014 and past the announced years', () => {
  beforeAll(async () => {
    await d.rt.deploy(REMOVAL_WINDOW);
  });

  it('victim renewed every six months from March 2026 to the three-year cap in March 2029, reminded on working days, no incident', async () => {
    // given a victim first granted a permit on Monday 2 March 2026
    await d.pin('2026-03-02T09:00:00+03:00');
    const pik = await d.create('victim-support', { caseNumber: 'MT-2026-7001', person, referredBy: 'hotline-157' });
    await d.complete(pik, 'Task_Grant', { identificationBasis: 'identified-victim', grantDate: '2026-03-02', supportProgrammeConsent: true });
    await d.task(pik, 'Task_Review');
    const terms: Array<[string, string]> = [];
    let v = await d.variables(pik);
    terms.push([String(v.permitValidUntil), String(v.permitReminderAt).slice(0, 10)]);

    // when, each time, the reminder comes due and the officer renews for six months on safety grounds
    for (let i = 0; i < 6; i++) {
      await d.pin(String(v.permitReminderAt));
      const reminders = d.notices({ caseNumber: 'MT-2026-7001', noticeType: 'victim-permit-expiry-reminder' }).length;
      expect(reminders).toBe(i + 1);
      const prev = v.permitValidUntil;
      await d.complete(pik, 'Task_Review', { permitReviewDecision: 'renew', renewalGrounds: ['safety'], renewalMonths: 6, reviewReasons: 'Güvenlik gerekçesi sürüyor.' });
      v = await d.waitFor(pik, `renewal ${i + 1}`, (x) => x.permitValidUntil !== prev);
      terms.push([String(v.permitValidUntil), String(v.permitReminderAt).slice(0, 10)]);
      await d.task(pik, 'Task_Review');
    }

    // then every term is six months, the last capped on 2 March 2029; each reminder is 15 days before expiry,
    // moved back to a working day (16 September 2028 is a Saturday → Friday 15 September)
    expect(terms).toEqual([
      ['2026-04-01', '2026-03-17'],
      ['2026-10-01', '2026-09-16'],
      ['2027-04-01', '2027-03-17'],
      ['2027-10-01', '2027-09-16'],
      ['2028-04-01', '2028-03-17'],
      ['2028-10-01', '2028-09-15'],
      ['2029-03-02', '2029-02-13'],
    ]);
    expect(v.permitCappedByTotal).toBe(true);

    // and past the cap a renewal is refused by the rule, not by a calendar fault
    await d.complete(pik, 'Task_Review', { permitReviewDecision: 'renew', renewalGrounds: ['safety'], renewalMonths: 6, reviewReasons: 'Güvenlik gerekçesi sürüyor.' });
    await d.task(pik, 'Task_NextSteps');
    expect((await d.variables(pik)).renewalRefusal).toBe('capReached');
    await d.complete(pik, 'Task_NextSteps', { nextStepChosen: 'other-permit' });
    await d.waitState(pik, 'COMPLETED');
  });

  it('a removal decision notified on 27 July 2019: 15 days, day 15 on Kurban Bayramı 2019 → Thursday 15 August; the timer fires then', async () => {
    // given the decision notified on Saturday 27 July 2019 (before Law No. 7196)
    await d.pin('2019-07-27T11:00:00+03:00');
    const pik = await d.create('test-removal-appeal-window', { removalNotifiedAt: '2019-07-27T11:00:00.000+03:00' });

    // when the calendar worker computes the window
    const v = await d.waitForVar(pik, 'removalAppealDueAt');

    // then 15 days under Law No. 6458; day 15 (Sunday 11 August) is the first day of Kurban Bayramı (11–14 August)
    expect(v.removalAppealDueAt).toBe('2019-08-15T23:59:59.999+03:00');
    expect(v.removalAppealDueAtDetail).toMatchObject({ value: 15, reference: 'Law No. 6458', citation: 'Art. 53(3)', rolledOverFrom: '2019-08-11', reason: 'Kurban Bayramı', provisional: false });

    // and the window stays open through the bayram, closing at the end of 15 August
    await d.pin('2019-08-15T23:59:59.998+03:00');
    expect(await d.elements(pik)).toContain('Timer_AppealWindow');
    await d.pin('2019-08-15T23:59:59.999+03:00');
    await d.waitState(pik, 'COMPLETED');
  });

  it('a removal decision notified on 24 December 2019 gets the 7 days of Law No. 7196: Tuesday 31 December', async () => {
    await d.pin('2019-12-24T10:00:00+03:00');
    const pik = await d.create('test-removal-appeal-window', { removalNotifiedAt: '2019-12-24T10:00:00.000+03:00' });
    const v = await d.waitForVar(pik, 'removalAppealDueAt');
    expect(v.removalAppealDueAt).toBe('2019-12-31T23:59:59.999+03:00');
    expect(v.removalAppealDueAtDetail).toMatchObject({ value: 7, reference: 'Law No. 7196', effectiveFrom: '2019-12-24', rolledOverFrom: null });
  });
});
