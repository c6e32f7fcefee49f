/**
 * Accelerated procedure (Art. 79) through the SDK with the real job workers: each Art. 79(1) ground alone, the
 * Art. 79(4) exclusion, the age dispute resolved first, the officer's Art. 79(3) exit, and the decision tracks.
 */
import { applicant, lawyer, useProcedureDriver } from './support/sdk-driver';

const d = useProcedureDriver();
let seq = 0;
const nextNumber = () => `UK-2026-7${String(++seq).padStart(5, '0')}`;

const startAccelerated = (facts: Record<string, unknown>, start = '2026-05-04', applicationNumber = nextNumber()) =>
  d.create('accelerated-procedure', { applicationNumber, registrationDate: start, acceleratedStartDate: start, applicant, representative: lawyer, facts }).then((pik) => ({ pik, applicationNumber }));

type Criterion = { code: string; citation: string };
const citations = (v: unknown) => (v as Criterion[]).map((c) => c.citation);

describe('accelerated procedure (Art. 79) through the SDK', () => {
  beforeEach(() => d.pin('2026-05-04T09:00:00+03:00'));

  // Art. 79(1)(e) covers two facts: a public-order danger, or a previous removal for that reason.
  const grounds: Array<[string, string]> = [
    ['onlyUnrelatedMatters', 'Art. 79(1)(a)'],
    ['misledAuthorities', 'Art. 79(1)(b)'],
    ['destroyedDocuments', 'Art. 79(1)(c)'],
    ['inRemovalDetention', 'Art. 79(1)(ç)'],
    ['appliedToDelayRemoval', 'Art. 79(1)(d)'],
    ['publicOrderThreat', 'Art. 79(1)(e)'],
    ['previouslyRemovedForPublicOrder', 'Art. 79(1)(e)'],
    ['reappliedAfterDeemedWithdrawal', 'Art. 79(1)(f)'],
  ];

  it.each(grounds)('ground %s alone puts the case on the track, citing %s', async (fact, citation) => {
    // given an application registered on Monday 4 May 2026 with only this ground
    const { pik } = await startAccelerated({ [fact]: true });

    // when the rule worker has checked the criteria
    await d.task(pik, 'Task_Interview');
    const v = await d.variables(pik);

    // then exactly this criterion is cited and the 3-day interview period runs from the start date
    expect(v.acceleratedApplies).toBe(true);
    expect(citations(v.acceleratedCriteria)).toEqual([citation]);
    expect((v.acceleratedCriteria as Criterion[])[0].code).toContain(fact);
    expect(v.interviewDueAt).toBe('2026-05-07T23:59:59.999+03:00');
  });

  it('an unaccompanied minor is never in the track (Art. 79(4)), whatever the ground', async () => {
    // given a ground under 79(1)(b) and an unaccompanied minor
    const { pik } = await startAccelerated({ unaccompaniedMinor: true, misledAuthorities: true });

    // when the rule worker runs
    await d.waitState(pik, 'COMPLETED');

    // then the case ends as not applicable; the ground is excluded, and the exception cites Art. 79(4)
    const v = await d.variables(pik);
    expect(v).toMatchObject({ acceleratedOutcome: 'not-applicable', acceleratedApplies: false });
    expect(citations(v.acceleratedExcluded)).toEqual(['Art. 79(1)(b)']);
    expect(String(v.acceleratedExceptionText)).toContain('79(4)');
    expect(await d.elements(pik, 'COMPLETED')).toContain('End_NotApplicable');
    expect(await d.elements(pik, 'COMPLETED')).not.toContain('Period_Interview');
  });

  it('an age dispute is resolved first: adult → track', async () => {
    // given a disputed age and a 79(1)(ç) ground
    const { pik } = await startAccelerated({ ageDisputed: true, inRemovalDetention: true });

    // then only the age task is open and no rule has run yet
    await d.task(pik, 'Task_ResolveAge');
    expect(await d.openTaskIds(pik)).toEqual(['Task_ResolveAge']);
    expect((await d.variables(pik)).acceleratedApplies).toBeUndefined();

    // when the officer finds an adult
    await d.complete(pik, 'Task_ResolveAge', { ageDisputeOutcome: 'adult', ageAssessmentDate: '2026-05-05', ageAssessmentBasis: 'Tıbbi yaş tespiti raporu.' });

    // then the criteria are checked and the track starts
    await d.task(pik, 'Task_Interview');
    const v = await d.variables(pik);
    expect(v.acceleratedApplies).toBe(true);
    expect(citations(v.acceleratedCriteria)).toEqual(['Art. 79(1)(ç)']);
  });

  it('an age dispute is resolved first: unaccompanied minor → not applicable (Art. 79(4))', async () => {
    // given a disputed age and a 79(1)(ç) ground
    const { pik } = await startAccelerated({ ageDisputed: true, inRemovalDetention: true });

    // when the officer finds an unaccompanied minor
    await d.complete(pik, 'Task_ResolveAge', { ageDisputeOutcome: 'unaccompanied-minor', ageAssessmentDate: '2026-05-05', ageAssessmentBasis: 'Tıbbi yaş tespiti raporu.' });

    // then the exclusion applies and the case leaves the procedure
    await d.waitState(pik, 'COMPLETED');
    const v = await d.variables(pik);
    expect(v).toMatchObject({ acceleratedOutcome: 'not-applicable', acceleratedRuleOutcome: 'excludedUnaccompaniedMinor' });
    expect(String(v.acceleratedExceptionText)).toContain('79(4)');
  });

  it("officer's exit to the regular track by message while the interview waits (Art. 79(3))", async () => {
    // given a case on the track
    const { pik, applicationNumber } = await startAccelerated({ destroyedDocuments: true });
    await d.task(pik, 'Task_Interview');

    // when the officer asks to leave it and records why
    await d.correlate('accelerated-exit-requested', applicationNumber, { exitRequestedBy: 'officer-1' });
    await d.complete(pik, 'Task_ExitReason', { acceleratedExitReason: 'İnceleme uzun sürecek: ek belge bekleniyor.' });

    // then the case is out of the track, with the reason; nothing was decided
    await d.waitState(pik, 'COMPLETED');
    const v = await d.variables(pik);
    expect(v).toMatchObject({ acceleratedOutcome: 'exited-to-regular', acceleratedExitReason: 'İnceleme uzun sürecek: ek belge bekleniyor.' });
    expect(v.acceleratedDecision).toBeUndefined();
  });

  it('exit from the application: the regular procedure starts with its own periods (Art. 79(3), E.4)', async () => {
    // given an application routed to the accelerated track
    const applicationNumber = nextNumber();
    const pik = await d.create('international-protection-application', { applicationNumber, applicationDate: '2026-05-04', applicant });
    await d.complete(pik, 'Task_Register', { registrationDate: '2026-05-04', travelRoute: 'Kara yolu', facts: { misledAuthorities: true } });
    const screened = await d.waitForVar(pik, 'proposedRoute');
    expect(screened.proposedRoute).toBe('accelerated');
    await d.complete(pik, 'Task_Route', { route: 'accelerated', routeReason: 'Md. 79(1)(b) ölçütü.' });
    const child = await d.child(pik, 'accelerated-procedure');

    // when the officer leaves the track from the decision form
    await d.complete(child, 'Task_Interview', { interviewDate: '2026-05-05', interviewSummary: 'Görüşme yapıldı.' });
    await d.complete(child, 'Task_Decide', { acceleratedDecision: 'exit-regular', acceleratedExitReason: 'Ek araştırma gerekiyor.' });

    // then the application continues in the regular procedure with the 30-day and 6-month periods of Arts. 75(1), 78(1)
    await d.task(pik, 'Task_Interview');
    const v = await d.variables(pik);
    expect(v).toMatchObject({ acceleratedOutcome: 'exited-to-regular', interviewDueAt: '2026-06-03T23:59:59.999+03:00', decisionDueAt: '2026-11-04T23:59:59.999+03:00' });
    expect(await d.elements(pik)).toContain('Sub_Regular');
  });

  it('granted: notice to the lawyer, outcome granted', async () => {
    // given a case on the track
    const { pik } = await startAccelerated({ misledAuthorities: true });

    // when interviewed and granted
    await d.complete(pik, 'Task_Interview', { interviewDate: '2026-05-05', interviewSummary: 'Görüşme yapıldı.' });
    await d.complete(pik, 'Task_Decide', { acceleratedDecision: 'granted', factualReasons: 'Beyanlar tutarlı.', legalReasons: 'Md. 61 koşulları.' });

    // then (decision period: 5 days from the interview, 10 May is a Sunday → 11 May)
    await d.waitState(pik, 'COMPLETED');
    const v = await d.variables(pik);
    expect(v).toMatchObject({ acceleratedOutcome: 'granted', decisionDueAt: '2026-05-11T23:59:59.999+03:00' });
    const notice = d.notices({ caseNumber: String(v.applicationNumber), noticeType: 'accelerated-decision' });
    expect(notice.map((n) => [n.addressee.role, n.citation])).toEqual([['lawyer', 'Art. 78(6)']]);
  });
});
