import { APPLICANT_DETENTION_GROUNDS, assessApplicantDetention, assessDeemedWithdrawal } from './applicant';
import { guardApplicantDetention, guardDeemedWithdrawal } from './guards';

const on = '2026-03-02';

describe('applicant detention, Art. 68', () => {
  it.each(Object.entries(APPLICANT_DETENTION_GROUNDS))('%s is a ground citing its letter; detention only after the alternatives', (key, ground) => {
    expect(assessApplicantDetention({ [key]: true }, on)).toMatchObject({ outcome: 'alternativesFirst', matched: [ground], maxDays: 30 });
    expect(assessApplicantDetention({ [key]: true, alternativesInsufficient: true }, on).outcome).toBe('detainable');
  });
  it('applying alone is no ground (Art. 68(1)); the guard refuses detention without a ground, without the alternatives, without reasons', () => {
    expect(assessApplicantDetention({ alternativesInsufficient: true }, on).outcome).toBe('noGround');
    expect(guardApplicantDetention({}, true, 'x'.repeat(30), on)).toMatchObject({ accepted: false, citation: 'Art. 68(1), (2)' });
    expect(guardApplicantDetention({ seriousPublicOrderThreat: true }, true, 'x'.repeat(30), on)).toMatchObject({ accepted: false, citation: 'Art. 68(3); Art. 71' });
    expect(guardApplicantDetention({ seriousPublicOrderThreat: true, alternativesInsufficient: true }, true, '', on)).toMatchObject({ accepted: false, citation: 'Art. 68(4)' });
    expect(guardApplicantDetention({ seriousPublicOrderThreat: true, alternativesInsufficient: true }, true, 'Kamu düzeni için ciddi tehlike; adres yükümlülüğü yetersiz.', on)).toMatchObject({ accepted: true, outcome: 'detain' });
  });
});

describe('deemed withdrawal, Art. 77(1)', () => {
  it.each([
    [{ writtenWithdrawal: true }, 'Art. 77(1)(a)'],
    [{ interviewNoShowsWithoutExcuse: 3 }, 'Art. 77(1)(b)'],
    [{ abscondedFromDetention: true }, 'Art. 77(1)(c)'],
    [{ reportingFailuresWithoutExcuse: 3 }, 'Art. 77(1)(ç)'],
    [{ leftAssignedResidence: true }, 'Art. 77(1)(ç)'],
    [{ refusedPersonalData: true }, 'Art. 77(1)(d)'],
    [{ breachedRegistrationOrInterviewDuties: true }, 'Art. 77(1)(e) [K]'],
  ])('%j → %s', (facts, citation) => {
    expect(assessDeemedWithdrawal(facts, on)).toMatchObject({ outcome: 'withdrawn', matched: [expect.objectContaining({ citation })] });
  });
  it('two missed interviews or two missed reports are not enough; the guard refuses a declaration without a ground', () => {
    expect(assessDeemedWithdrawal({ interviewNoShowsWithoutExcuse: 2, reportingFailuresWithoutExcuse: 2 }, on).outcome).toBe('continues');
    expect(guardDeemedWithdrawal({ interviewNoShowsWithoutExcuse: 2 }, true, on)).toMatchObject({ accepted: false, citation: 'Art. 77(1)' });
    expect(guardDeemedWithdrawal({ interviewNoShowsWithoutExcuse: 3 }, true, on)).toMatchObject({ accepted: true, outcome: 'withdrawn' });
  });
});
