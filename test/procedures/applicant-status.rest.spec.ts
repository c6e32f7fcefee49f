/**
 * Deemed withdrawal (Art. 77(1)) and applicant detention (Art. 68) inside the application, through the SDK with
 * the real workers and a pinned clock: the guards refuse what the rules do not allow. All data synthetic.
 */
import { applicant, useProcedureDriver } from './support/sdk-driver';

const d = useProcedureDriver();
let seq = 0;
const nextNumber = () => `UK-2026-6${String(++seq).padStart(5, '0')}`;
type Guard = { accepted: boolean; outcome: string; citation: string | null };
const refusedBy = (name: string) => (x: Record<string, unknown>) => (x[name] as Guard | undefined)?.accepted === false;

async function application() {
  const applicationNumber = nextNumber();
  const pik = await d.create('international-protection-application', { applicationNumber, applicationDate: '2026-03-02', applicant });
  await d.task(pik, 'Task_Register');
  return { pik, applicationNumber };
}

describe('deemed withdrawal (Art. 77(1)) and applicant detention (Art. 68)', () => {
  beforeEach(() => d.pin('2026-03-02T09:00:00+03:00'));

  it('two missed interviews are no ground: the declaration is refused; three end the application (Art. 77(1)(b))', async () => {
    const { pik, applicationNumber } = await application();

    // given two unexcused no-shows, the officer (or an API call) declares the withdrawal
    await d.correlate('withdrawal-ground-recorded', applicationNumber, { withdrawalFacts: { interviewNoShowsWithoutExcuse: 2 } });
    await d.complete(pik, 'Task_DeemedWithdrawal', { declareWithdrawal: true, withdrawalReasons: 'Görüşmelere gelmedi, geri çekilmiş sayılsın.', withdrawalGuard: { accepted: true, outcome: 'withdrawn' } });

    // then the guard refuses with Art. 77(1); the officer closes the question and the application goes on
    const refused = await d.waitFor(pik, 'refusal', refusedBy('withdrawalGuard'));
    expect(refused.withdrawalGuard).toMatchObject({ citation: 'Art. 77(1)', ruleOutcome: 'continues' });
    await d.complete(pik, 'Task_DeemedWithdrawal', { declareWithdrawal: false, withdrawalReasons: 'Üçüncü görüşme tarihi bekleniyor.' });
    await d.waitPassed(pik, 'End_NotWithdrawn');
    expect(await d.state(pik)).toBe('ACTIVE');

    // when the third interview is missed, the declaration goes through and the application ends
    await d.correlate('withdrawal-ground-recorded', applicationNumber, { withdrawalFacts: { interviewNoShowsWithoutExcuse: 3 } });
    await d.waitFor(pik, 'rule', (x) => x.withdrawalRuleOutcome === 'withdrawn');
    await d.complete(pik, 'Task_DeemedWithdrawal', { declareWithdrawal: true, withdrawalReasons: 'Üç defa üst üste mazeretsiz gelmedi.' });
    await d.waitState(pik, 'COMPLETED');
    const v = await d.variables(pik);
    expect(v).toMatchObject({ applicationClosedAs: 'withdrawn', withdrawalEffective: true });
    expect((v.withdrawalGrounds as Array<{ citation: string }>).map((c) => c.citation)).toEqual(['Art. 77(1)(b)']);
    expect(d.notices({ caseNumber: applicationNumber, noticeType: 'application-deemed-withdrawn' })).toHaveLength(1);
  });

  it('detention of an applicant: alternatives first (Art. 68(3)); then at most 30 days, released at the cap (Art. 68(5))', async () => {
    const { pik, applicationNumber } = await application();
    await d.correlate('applicant-detention-proposed', applicationNumber, { detentionFacts: { seriousPublicOrderThreat: true } });

    // when the officer detains without assessing the alternatives, the guard refuses
    await d.complete(pik, 'Task_ApplicantDetention', { applicantDetain: true, applicantDetentionStartDate: '2026-03-02', applicantDetentionReasons: 'Kamu düzeni açısından ciddi tehlike.' });
    const refused = await d.waitFor(pik, 'refusal', refusedBy('applicantDetentionGuard'));
    expect(refused.applicantDetentionGuard).toMatchObject({ citation: 'Art. 68(3); Art. 71' });

    // with the alternatives found insufficient the detention runs 30 days: 1 April 2026 (a Wednesday)
    await d.complete(pik, 'Task_ApplicantDetention', { alternativesInsufficient: true, applicantDetain: true, applicantDetentionStartDate: '2026-03-02', applicantDetentionReasons: 'Kamu düzeni açısından ciddi tehlike; adres yükümlülüğü yetersiz.' });
    const v = await d.waitForVar(pik, 'applicantDetentionDueAt');
    expect(v.applicantDetentionDueAt).toBe('2026-04-01T23:59:59.999+03:00');
    await d.waitFor(pik, 'notice', () => d.notices({ caseNumber: applicationNumber, noticeType: 'applicant-detention' }).length === 1);
    expect(d.notices({ caseNumber: applicationNumber, noticeType: 'applicant-detention' })[0].body).toContain('Md. 68(7)');

    await d.pin('2026-04-01T23:59:00+03:00');
    expect((await d.variables(pik)).applicantDetentionEndedAs).toBeUndefined();
    await d.pin('2026-04-01T23:59:59.999+03:00');
    await d.waitFor(pik, 'released at the cap', (x) => x.applicantDetentionEndedAs === 'cap-reached');
    expect(await d.state(pik)).toBe('ACTIVE');
  });
});
