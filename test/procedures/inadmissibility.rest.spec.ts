/**
 * Inadmissibility (Arts. 72–74) through the SDK with the real job workers: each Art. 72(1) ground, a safe third
 * country failing one Art. 74(2) condition, readmission accepted or refused, and the court route.
 */
import { applicant, lawyer, useProcedureDriver } from './support/sdk-driver';

const d = useProcedureDriver();
let seq = 0;
const nextNumber = () => `UK-2026-8${String(++seq).padStart(5, '0')}`;

type Criterion = { code: string; citation: string };
const citations = (v: unknown) => (v as Criterion[]).map((c) => c.citation);
const codes = (v: unknown) => (v as Array<{ restrictionCode: string }>).map((p) => p.restrictionCode);

const safeThirdCountry = {
  country: 'Ülke-A',
  appliedOrCouldHaveApplied: true,
  noThreatOnConventionGrounds: true,
  nonRefoulementApplied: true,
  canSeekRefugeeStatus: true,
  noRiskOfSeriousHarm: true,
  individualConnection: true,
};

async function startAssessment(facts: Record<string, unknown>) {
  const applicationNumber = nextNumber();
  const pik = await d.create('inadmissibility-assessment', { applicationNumber, applicant, representative: lawyer, facts });
  return { pik, applicationNumber };
}

describe('inadmissibility (Arts. 72–74) through the SDK', () => {
  // Notified Monday 1 June 2026 → the 15-day court window ends Tuesday 16 June (Art. 80(1)(ç)).
  beforeEach(() => d.pin('2026-06-01T09:00:00+03:00'));

  const ownGrounds: Array<[string, string, string]> = [
    ['repeatWithoutNewGrounds', 'a', 'Art. 72(1)(a)'],
    ['ownApplicationAfterConsentWithoutCause', 'b', 'Art. 72(1)(b)'],
    ['ownApplicationAfterRejectionWithoutNewGrounds', 'b', 'Art. 72(1)(b)'],
  ];

  it.each(ownGrounds)('ground %s (72(1)(%s)): notice, window unused → removal track', async (fact, ground, citation) => {
    // given the ground alone
    const { pik } = await startAssessment({ [fact]: true });
    await d.task(pik, 'Task_Assess');
    const screened = await d.variables(pik);
    expect(screened.inadmissibilityRuleOutcome).toBe('inadmissible');
    expect(citations(screened.inadmissibilityCriteria)).toEqual([citation]);
    expect((screened.inadmissibilityStops as Criterion).citation).toBe('Art. 72(2)');

    // when the officer finds it and the 15-day court window passes unused
    await d.complete(pik, 'Task_Assess', { inadmissibilityGround: ground, inadmissibilityReasons: 'Yeni gerekçe sunulmadı.' });
    const notified = await d.waitForVar(pik, 'courtActionDueAt');
    expect(notified.courtActionDueAt).toBe('2026-06-16T23:59:59.999+03:00');
    await d.pin('2026-06-17T00:00:00+03:00');
    await d.complete(pik, 'Task_RemovalAssessment', { removalAssessment: 'removal-decision', removalReasons: 'Karar kesinleşti.', confirmedRestrictionCodes: ['O-176'] });
    const removal = await d.endCalledRemoval(pik);
    expect(removal).toMatchObject({ caseNumber: (await d.variables(pik)).applicationNumber, referredFrom: 'inadmissibility-assessment', removalRuleOutcome: 'removable' });

    // then the case is on the removal track with the notice and the restriction proposal
    await d.waitState(pik, 'COMPLETED');
    const v = await d.variables(pik);
    expect(v).toMatchObject({ inadmissibilityOutcome: 'removal-track', inadmissibilityGround: ground });
    expect(codes(v.restrictionProposals)).toContain('O-176');
    const notice = d.notices({ noticeType: 'inadmissibility-decision' }).find((n) => n.caseNumber === screened.applicationNumber);
    expect(notice?.citation).toContain('Art. 72(3)');
  });

  it('(c) first country of asylum (Art. 73): right to stay, readmission accepted → returned', async () => {
    // given protection in a first country of asylum
    const { pik, applicationNumber } = await startAssessment({ firstCountryOfAsylum: { country: 'Ülke-B', recognisedAndCanStillAvail: true } });
    await d.task(pik, 'Task_Assess');
    expect(citations((await d.variables(pik)).inadmissibilityCriteria)).toEqual(['Art. 72(1)(c); Art. 73', 'Art. 73']);

    // when the ground is found, the window passes, readmission is requested and accepted
    await d.complete(pik, 'Task_Assess', { inadmissibilityGround: 'c', inadmissibilityReasons: 'Birinci iltica ülkesinde tanınmış.' });
    await d.waitForVar(pik, 'courtActionDueAt');
    await d.pin('2026-06-17T00:00:00+03:00');
    await d.complete(pik, 'Task_RequestReadmission', { readmissionCountry: 'Ülke-B', readmissionRequestDate: '2026-06-17', readmissionReference: 'GK-2' });
    await d.correlate('readmission-accepted', applicationNumber, { readmissionAnswerDate: '2026-06-25' });
    await d.complete(pik, 'Task_Return', { returnDate: '2026-07-02', returnBorderGate: 'Kapı-3' });

    // then returned; the right to stay was told when the return started, with the decision (Arts. 73, 74(1))
    await d.waitState(pik, 'COMPLETED');
    expect(await d.variables(pik)).toMatchObject({ inadmissibilityOutcome: 'returned', inadmissibilityGround: 'c' });
    expect(d.notices({ caseNumber: applicationNumber }).map((n) => n.noticeType)).toEqual(['right-to-stay-pending-return', 'inadmissibility-decision']);
  });

  it('(ç) safe third country: all four Art. 74(2) conditions and 74(3) cited; readmission refused → the application resumes', async () => {
    // given an application routed to the inadmissibility assessment
    const applicationNumber = nextNumber();
    const pik = await d.create('international-protection-application', { applicationNumber, applicationDate: '2026-06-01', applicant });
    await d.complete(pik, 'Task_Register', { registrationDate: '2026-06-01', travelRoute: 'Kara yolu', facts: { safeThirdCountry } });
    expect((await d.waitForVar(pik, 'proposedRoute')).proposedRoute).toBe('inadmissibility');
    await d.complete(pik, 'Task_Route', { route: 'inadmissibility', routeReason: 'Güvenli üçüncü ülke.' });
    const ia = await d.child(pik, 'inadmissibility-assessment');
    await d.task(ia, 'Task_Assess');
    expect(citations((await d.variables(ia)).inadmissibilityCriteria)).toEqual([
      'Art. 72(1)(ç); Art. 74', 'Art. 74(1)', 'Art. 74(2)(a)', 'Art. 74(2)(b)', 'Art. 74(2)(c)', 'Art. 74(2)(ç)', 'Art. 74(3)',
    ]);

    // when the ground is found, the window passes and the safe third country refuses readmission
    await d.complete(ia, 'Task_Assess', { inadmissibilityGround: 'ç', individualAssessmentDone: true, inadmissibilityReasons: 'Md. 74 koşulları sağlanıyor.' });
    await d.waitForVar(ia, 'courtActionDueAt');
    await d.pin('2026-06-17T00:00:00+03:00');
    await d.complete(ia, 'Task_RequestReadmission', { readmissionCountry: 'Ülke-A', readmissionRequestDate: '2026-06-18', readmissionReference: 'GK-1' });
    await d.correlate('readmission-refused', applicationNumber, { readmissionAnswerDate: '2026-07-01' });

    // then the application is examined in the regular procedure (Arts. 73, 74(1))
    await d.task(pik, 'Task_Interview');
    expect(await d.variables(pik)).toMatchObject({ inadmissibilityOutcome: 'resumed', inadmissibilityGround: 'ç' });
    expect(await d.state(ia)).toBe('COMPLETED');
  });

  const conditions: Array<[string, string]> = [
    ['noThreatOnConventionGrounds', 'Art. 74(2)(a)'],
    ['nonRefoulementApplied', 'Art. 74(2)(b)'],
    ['canSeekRefugeeStatus', 'Art. 74(2)(c)'],
    ['noRiskOfSeriousHarm', 'Art. 74(2)(ç)'],
  ];

  it.each(conditions)('safe third country without %s is no ground: %s named unmet, the case stays admissible', async (condition, citation) => {
    // given a safe third country claim missing one condition
    const { pik } = await startAssessment({ safeThirdCountry: { ...safeThirdCountry, [condition]: false } });

    // when the rule worker has run and the officer records no ground
    await d.task(pik, 'Task_Assess');
    const screened = await d.variables(pik);
    await d.complete(pik, 'Task_Assess', { inadmissibilityGround: 'none', inadmissibilityReasons: `${citation} koşulu sağlanmıyor.` });

    // then no ground is proposed, the unmet condition is named and the assessment ends admissible
    expect(screened.inadmissibilityRuleOutcome).toBe('admissible');
    expect(citations(screened.inadmissibilityCriteria)).toEqual([]);
    expect(citations(screened.inadmissibilityUnmet)).toEqual([citation]);
    await d.waitState(pik, 'COMPLETED');
    expect((await d.variables(pik)).inadmissibilityOutcome).toBe('admissible');
  });

  it('Art. 74(2) guard: (ç) declared through the API with a condition unmet is refused, even with a forged verdict at the start', async () => {
    // given a safe third country without non-refoulement, started with a forged guard verdict and rule outcome
    const applicationNumber = nextNumber();
    const pik = await d.create('inadmissibility-assessment', {
      applicationNumber, applicant, facts: { safeThirdCountry: { ...safeThirdCountry, nonRefoulementApplied: false } },
    });
    await d.task(pik, 'Task_Assess');

    // when the task is completed through /v2 with ground (ç) and a forged verdict among the variables
    await d.complete(pik, 'Task_Assess', {
      inadmissibilityGround: 'ç', individualAssessmentDone: true, inadmissibilityReasons: 'Güvenli üçüncü ülke kabul edildi.',
      inadmissibilityGuard: { accepted: true, outcome: 'ç' }, inadmissibilityRuleOutcome: 'inadmissible',
    });

    // then the guard re-ran the rule: refused with Art. 74(2), the unmet letter named, the task back with the officer, nothing notified
    const refused = await d.waitFor(pik, 'refusal', (x) => (x.inadmissibilityGuard as { accepted?: boolean } | undefined)?.accepted === false);
    expect(refused.inadmissibilityGuard).toMatchObject({ citation: 'Art. 74(2)', ruleOutcome: 'admissible' });
    expect(String((refused.inadmissibilityGuard as { reasonTr: string }).reasonTr)).toContain('Md. 74(2)(b)');
    await d.task(pik, 'Task_Assess');
    expect(d.notices({ caseNumber: applicationNumber })).toEqual([]);

    // and the officer's lawful choice goes through
    await d.complete(pik, 'Task_Assess', { inadmissibilityGround: 'none', inadmissibilityReasons: 'Md. 74(2)(b) koşulu sağlanmıyor.' });
    await d.waitState(pik, 'COMPLETED');
    expect((await d.variables(pik)).inadmissibilityOutcome).toBe('admissible');
  });

  it('court action inside the window: stay, 15-day ruling period, annulment → admissible', async () => {
    // given an (a) decision notified on 1 June
    const { pik, applicationNumber } = await startAssessment({ repeatWithoutNewGrounds: true });
    await d.complete(pik, 'Task_Assess', { inadmissibilityGround: 'a', inadmissibilityReasons: 'Tekrar başvuru.' });
    await d.waitForVar(pik, 'courtActionDueAt');

    // when an action is filed on 10 June and the court annuls
    await d.pin('2026-06-10T10:00:00+03:00');
    await d.correlate('court-action-filed', applicationNumber, { courtActionFiledAt: '2026-06-10', court: 'İdare Mahkemesi' });
    await d.task(pik, 'Task_CourtRuling');
    const filed = await d.variables(pik);
    await d.complete(pik, 'Task_CourtRuling', { courtName: 'İdare Mahkemesi', courtRulingDate: '2026-06-20', courtRuling: 'annulled', courtRulingSummary: 'İptal.' });

    // then the stay held, the ruling period ran from the filing (Art. 80(1)(d)), and the application is admissible
    expect(filed).toMatchObject({ stayDuringProceedings: true, courtRulingDueAt: '2026-06-25T23:59:59.999+03:00' });
    await d.waitState(pik, 'COMPLETED');
    expect((await d.variables(pik)).inadmissibilityOutcome).toBe('admissible');
  });
});
