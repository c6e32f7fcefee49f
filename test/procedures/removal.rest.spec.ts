/**
 * The removal track (Arts. 53–57) through the SDK with the real job workers and a pinned clock: decision,
 * notice, the 7-day window (Law No. 7196) passing unused → enforceable; a lawsuit → stay and V-154; the stay
 * exceptions; the departure period withheld for flight risk; the 48-hour decision after apprehension;
 * administrative detention with its 48-hour transfer, 30-day reviews and release at the 6-month cap, and the
 * extension to 12 months only on non-cooperation. All data synthetic.
 */
import { person, useProcedureDriver, Vars } from './support/sdk-driver';

const d = useProcedureDriver();
let seq = 0;
const nextCase = () => `SD-2026-7${String(++seq).padStart(3, '0')}`;
type Criterion = { code: string; citation: string };
type Guard = { accepted: boolean; outcome: string; reasonTr: string | null; citation: string | null };
const reasons = 'Vize süresi on günden fazla aşıldı; kayıtlar incelendi.';

async function startRemoval(removalFacts: Vars, extra: Vars = {}) {
  const caseNumber = nextCase();
  const pik = await d.create('removal', { caseNumber, person, removalFacts, referredFrom: 'direct', ...extra });
  return { pik, caseNumber };
}

/** The officer decides removal; the guard accepts; the notice goes out at the pinned engine time. */
async function decided(removalFacts: Vars, departureDays: number) {
  const c = await startRemoval(removalFacts);
  await d.complete(c.pik, 'Task_Decide', { removalDecision: 'remove', departureDays, removalReasons: reasons });
  // the last worker steps before the court window: the notice, both periods, the stay
  await d.waitFor(c.pik, 'stay decided', (x) => x.removalStayed !== undefined);
  return c;
}

/** Pins the clock just before and at a due instant: nothing happens before, the timer fires at it. */
async function passDue(pik: string, dueAt: string, firedWhen: (v: Vars) => boolean) {
  await d.pin(new Date(Date.parse(dueAt) - 1).toISOString());
  expect(firedWhen(await d.variables(pik))).toBe(false);
  await d.pin(dueAt);
  return d.waitFor(pik, `timer at ${dueAt}`, firedWhen);
}

describe('removal track (Arts. 53–57) through the SDK', () => {
  beforeEach(() => d.pin('2026-03-02T09:00:00+03:00'));

  it('decision, notice, the 7-day window passes unused → enforceable; the person leaves within the departure period', async () => {
    // given a visa overstay (Art. 54(1)(e)) and the officer's decision with 15 days to leave
    const { pik, caseNumber } = await decided({ visaOverstayOrVisaCancelled: true }, 15);

    // then the rule's finding cites the letter, the notice carries the 7-day route of Law No. 7196 and the window ends on day 7
    const v = await d.variables(pik);
    expect(v.removalRuleOutcome).toBe('removable');
    expect((v.removalGrounds as Criterion[]).map((c) => c.citation)).toEqual(['Art. 54(1)(e)']);
    expect(v.removalGuard).toMatchObject({ accepted: true, outcome: 'remove' });
    expect(v.courtActionDueAt).toBe('2026-03-09T23:59:59.999+03:00');
    expect(v.courtActionDueAtDetail).toMatchObject({ value: 7, reference: 'Law No. 7196', effectiveFrom: '2019-12-24', citation: 'Art. 53(3)' });
    expect(v.departureDueAt).toBe('2026-03-17T23:59:59.999+03:00');
    expect(v.removalStayed).toBe(true);
    const [notice] = d.notices({ caseNumber, noticeType: 'removal-decision' });
    expect(notice.citation).toBe('Art. 53(2)');
    expect(notice.body).toContain('7 gün içinde, son gün 2026-03-09');
    expect(notice.body).toContain('15 gün süre verilmiştir (Md. 56(1))');

    // when the window passes without an action, the decision is enforceable (not a millisecond earlier)
    const after = await passDue(pik, String(v.courtActionDueAt), (x) => x.removalEnforceable === true);
    expect(after.removalLawsuitPending).toBe(false);

    // and the departure recorded inside the period ends the case
    await d.correlate('removal-departure-recorded', caseNumber, { departedAt: '2026-03-12', borderGate: 'Deneme Kapısı' });
    await d.waitState(pik, 'COMPLETED');
    expect((await d.variables(pik)).removalOutcome).toBe('departed');
  });

  it('a lawsuit inside the window: stay, V-154 proposed, 15-day ruling period; upheld → enforceable', async () => {
    // given a decision notified on 2 March 2026
    const { pik, caseNumber } = await decided({ workingWithoutPermit: true }, 20);

    // when the person files an action on day 3
    await d.pin('2026-03-05T11:00:00+03:00');
    await d.correlate('removal-action-filed', caseNumber, { removalActionFiledAt: '2026-03-05', court: 'Deneme İdare Mahkemesi' });
    await d.task(pik, 'Task_CourtRuling');

    // then the case is pending, the stay holds and V-154 is proposed; the 15-day ruling period ends on 20 March,
    // the first day of Ramazan Bayramı 2026, and rolls over the holiday and the weekend to Monday 23 March
    const v = await d.variables(pik);
    expect(v).toMatchObject({ removalStayed: true, removalLawsuitPending: true, courtRulingDueAt: '2026-03-23T23:59:59.999+03:00' });
    expect(v.courtRulingDueAtDetail).toMatchObject({ rolledOverFrom: '2026-03-20', citation: 'Art. 53(3)' });
    expect(v.removalEnforceable).toBeUndefined();
    expect((v.restrictionProposals as Array<{ restrictionCode: string; citation: string }>).map((p) => [p.restrictionCode, p.citation])).toEqual([['V-154', '[S3]; Art. 53(3)']]);
    // the window timer has gone with the filing: passing it changes nothing
    await d.pin('2026-03-10T10:00:00+03:00');
    expect((await d.variables(pik)).removalEnforceable).toBeUndefined();

    // and the upheld decision becomes enforceable; the case is no longer pending
    await d.complete(pik, 'Task_CourtRuling', { courtRuling: 'upheld', courtRulingDate: '2026-03-18', courtRulingReference: 'E.2026/1' });
    const after = await d.waitFor(pik, 'enforceable', (x) => x.removalEnforceable === true);
    expect(after.removalLawsuitPending).toBe(false);
  });

  it('stay exceptions of Art. 53(3): a public-order threat (54(1)(d)) is not stayed; the notice says so', async () => {
    const { pik, caseNumber } = await decided({ publicOrderSecurityOrHealthThreat: true }, 0);
    const v = await d.variables(pik);
    expect(v.removalStayed).toBe(false);
    expect((v.removalStayExceptions as Criterion[]).map((c) => c.citation)).toEqual(['Art. 54(1)(d)']);
    // a threat to public order also withholds the departure period (Art. 56(1))
    expect(v.departurePeriodWithheld).toBe(true);
    expect(v.departureDueAt).toBeUndefined();
    expect(d.notices({ caseNumber, noticeType: 'removal-decision' })[0].body).toContain('Dava açılması sınır dışı etmeyi durdurmaz');
  });

  it('departure period withheld for flight risk: the guard refuses 20 days, the officer decides again', async () => {
    // given a visa overstay with a flight risk
    const { pik, caseNumber } = await startRemoval({ visaOverstayOrVisaCancelled: true, flightRisk: true });

    // when the officer gives 20 days to leave
    await d.complete(pik, 'Task_Decide', { removalDecision: 'remove', departureDays: 20, removalReasons: reasons });

    // then the guard refuses with Art. 56(1), nothing is notified and the decision task opens again
    const refused = await d.waitFor(pik, 'guard refusal', (x) => (x.removalGuard as Guard | undefined)?.accepted === false);
    expect((refused.removalGuard as Guard).citation).toBe('Art. 56(1)');
    expect((refused.removalGuard as Guard).reasonTr).toContain('Kaçma ve kaybolma riski');
    await d.task(pik, 'Task_Decide');
    expect(d.notices({ caseNumber })).toEqual([]);

    // and without a departure period the decision goes out
    await d.complete(pik, 'Task_Decide', { removalDecision: 'remove', departureDays: 0, removalReasons: reasons });
    await d.waitForVar(pik, 'courtActionDueAt');
    expect(d.notices({ caseNumber, noticeType: 'removal-decision' })[0].body).toContain('Türkiye’yi terk için süre verilmemiştir');
  });

  it('an Art. 55 bar cannot be overridden: a forged finding at the start and removal chosen anyway are refused', async () => {
    // given a victim in the support programme (Art. 55(1)(ç)), started with a forged "removable" finding and guard
    const { pik } = await startRemoval(
      { residencePermitCancelled: true, inVictimSupportProcess: true },
      { removalRuleOutcome: 'removable', removalGuard: { accepted: true, outcome: 'remove' } },
    );
    await d.task(pik, 'Task_Decide');
    expect((await d.variables(pik)).removalRuleOutcome).toBe('barred');

    // when the officer (or an API caller completing the task) decides removal
    await d.complete(pik, 'Task_Decide', { removalDecision: 'remove', departureDays: 20, removalReasons: reasons, removalRuleOutcome: 'removable' });

    // then the guard refuses with the letter of the bar, and not deciding removal ends the case without a departure reason
    const refused = await d.waitFor(pik, 'guard refusal', (x) => (x.removalGuard as Guard | undefined)?.accepted === false);
    expect((refused.removalGuard as Guard).citation).toBe('Art. 55(1)(ç)');
    await d.complete(pik, 'Task_Decide', { removalDecision: 'no-removal', removalReasons: 'Md. 55(1)(ç) engeli nedeniyle karar alınmadı.' });
    await d.waitState(pik, 'COMPLETED');
    expect((await d.variables(pik)).removalOutcome).toBe('no-removal');
  });

  it('48 hours from apprehension to decide (Art. 57(1)): an instant; missed → supervisor, the decision still open', async () => {
    const { pik } = await startRemoval({ unlawfulEntryOrExit: true }, { apprehendedAt: '2026-03-02T10:30:00+03:00' });
    await d.task(pik, 'Task_DecideAfterApprehension');
    expect((await d.variables(pik)).decisionDueAt).toBe('2026-03-04T10:30:00.000+03:00');
    await passDue(pik, '2026-03-04T10:30:00.000+03:00', (x) => x.decisionOverdue === true);
    await d.task(pik, 'Supervise_DecisionAfterApprehension');
    await d.task(pik, 'Task_DecideAfterApprehension');
  });

  /** Unlawful entry: no departure period, a detention ground; window passes, the officer detains on 13 January 2026. */
  async function detained() {
    await d.pin('2026-01-05T10:00:00+03:00');
    const { pik, caseNumber } = await decided({ unlawfulEntryOrExit: true }, 0);
    await d.pin('2026-01-12T23:59:59.999+03:00');
    await d.task(pik, 'Task_Enforcement');
    const v = await d.variables(pik);
    expect((v.restrictionProposals as Array<{ restrictionCode: string }>).map((p) => p.restrictionCode)).toEqual(['Ç-113']);
    expect((v.detentionGrounds as Criterion[]).map((c) => c.citation)).toEqual(['Art. 57(2)']);
    await d.pin('2026-01-13T10:00:00+03:00');
    await d.complete(pik, 'Task_Enforcement', { confirmedRestrictionCodes: ['Ç-113'], detain: true, detentionReasons: 'Yasa dışı giriş; kaçma riski değerlendirildi.' });
    await d.complete(pik, 'Task_Transfer', { removalCentre: 'Deneme Geri Gönderme Merkezi', transferDate: '2026-01-14' });
    await d.waitForVar(pik, 'reviewDueAt');
    return { pik, caseNumber };
  }

  /** Fires each monthly review and completes it with `outcome`, until `stop` says so; returns the review days. */
  async function reviewUntil(pik: string, stop: (v: Vars) => boolean, outcome: (i: number) => Vars) {
    const days: string[] = [];
    for (let i = 0; i < 20; i++) {
      const v = await d.variables(pik);
      if (stop(v)) return days;
      const due = String(v.reviewDueAt);
      if (Date.parse(due) >= Date.parse(String(v.detentionCapAt))) return days;
      await d.pin(due);
      await d.task(pik, 'Task_Review');
      days.push(due.slice(0, 10));
      await d.complete(pik, 'Task_Review', { detentionReviewReasons: 'Gözetim gerekçeleri devam ediyor.', ...outcome(i) });
      await d.waitFor(pik, `review ${i + 1} done`, (x) => x.reviewDueAt !== due || x.removalOutcome !== undefined);
    }
    throw new Error('too many reviews');
  }

  it('administrative detention: 48-hour transfer, a review every 30 days, release at the 6-month cap', async () => {
    // given a person detained on 13 January 2026 at 10:00
    const { pik, caseNumber } = await detained();
    const v = await d.variables(pik);
    expect(v).toMatchObject({
      detentionStartedAt: '2026-01-13T10:00:00.000+03:00',
      transferDueAt: '2026-01-15T10:00:00.000+03:00',
      detentionCapAt: '2026-07-13T10:00:00.000+03:00',
      detentionExtendedCapAt: '2027-01-13T10:00:00.000+03:00',
    });
    expect(d.notices({ caseNumber, noticeType: 'removal-detention' })[0].body).toContain('Md. 57(6)');

    // when every monthly review continues detention
    const days = await reviewUntil(pik, () => false, () => ({ detentionReview: 'continue' }));

    // then reviews fell every 30 days on the legal calendar (a Saturday rolls to Monday), each one notified
    expect(days).toEqual(REVIEW_DAYS);
    expect(d.notices({ caseNumber, noticeType: 'removal-detention-review' })).toHaveLength(REVIEW_DAYS.length);

    // and the person is released at the cap, not a millisecond before
    await passDue(pik, '2026-07-13T10:00:00.000+03:00', (x) => x.detentionEndedAs === 'cap-reached');
    await d.waitState(pik, 'COMPLETED');
    expect((await d.variables(pik)).removalOutcome).toBe('released');
    expect(d.notices({ caseNumber, noticeType: 'removal-detention-ended' })).toHaveLength(1);
  });

  it('extension beyond 6 months only on non-cooperation, once; then release at 12 months', async () => {
    const { pik } = await detained();

    // when the officer extends without an Art. 57(3) ground, the guard refuses and the review opens again
    await d.pin('2026-02-12T23:59:59.999+03:00');
    await d.complete(pik, 'Task_Review', { detentionReview: 'extend', detentionReviewReasons: 'Uzatma gerekli görüldü, belge bekleniyor.' });
    const refused = await d.waitFor(pik, 'refusal', (x) => (x.reviewGuard as Guard | undefined)?.accepted === false);
    expect((refused.reviewGuard as Guard).citation).toBe('Art. 57(3)');

    // with non-cooperation the cap moves to 12 months from the start
    await d.complete(pik, 'Task_Review', { detentionReview: 'extend', detentionExtensionGround: 'nonCooperation', detentionReviewReasons: 'Kişi kimlik tespiti için işbirliği yapmıyor.' });
    const extended = await d.waitFor(pik, 'extended', (x) => x.detentionExtended === true);
    expect(extended.detentionCapAt).toBe('2027-01-13T10:00:00.000+03:00');

    // a second extension is refused
    const due = String((await d.waitFor(pik, 'next review', (x) => x.reviewDueAt !== '2026-02-12T23:59:59.999+03:00')).reviewDueAt);
    await d.pin(due);
    await d.complete(pik, 'Task_Review', { detentionReview: 'extend', detentionExtensionGround: 'nonCooperation', detentionReviewReasons: 'Kişi hâlâ işbirliği yapmıyor, ikinci uzatma.' });
    await d.waitFor(pik, 'second refusal', (x) => (x.reviewGuard as Guard | undefined)?.accepted === false);
    await d.complete(pik, 'Task_Review', { detentionReview: 'continue', detentionReviewReasons: 'Gözetim gerekçeleri devam ediyor.' });
    await d.waitFor(pik, 'continued', (x) => x.reviewDueAt !== due);

    // and the release comes at the 12-month cap, past the old 6-month one
    await reviewUntil(pik, () => false, () => ({ detentionReview: 'continue' }));
    await passDue(pik, '2027-01-13T10:00:00.000+03:00', (x) => x.detentionEndedAs === 'cap-reached');
    await d.waitState(pik, 'COMPLETED');
  });
});

/**
 * 30 days apart from 13 January 2026, each counted from the previous review day on the legal calendar:
 * 12 Feb; 14 Mar is a Saturday → 16 Mar; 15 Apr; 15 May; 14 Jun is a Sunday → 15 Jun; the next (15 Jul) is past the cap.
 */
const REVIEW_DAYS: string[] = ['2026-02-12', '2026-03-16', '2026-04-15', '2026-05-15', '2026-06-15'];
