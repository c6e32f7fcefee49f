import { appealRoutes } from './appeals';

describe('appeal routes (Arts. 53(3), 68(7), 80)', () => {
  it.each([['inadmissible'], ['accelerated']] as const)('%s: court only, 15 days to file, 15 days to rule, final (Art. 80(1)(a),(ç),(d))', (decision) => {
    const routes = appealRoutes(decision);
    expect(routes.commissionAvailable).toBe(false);
    expect(routes.remedies).toEqual([
      expect.objectContaining({ code: 'courtAction', filingPeriod: 'appeal.courtActionPeriodInadmissibleOrAccelerated', rulingPeriod: 'appeal.courtRulingPeriod', suspensive: true, final: true }),
    ]);
  });

  it('regular decisions: Commission (10 days) or court (30 days)', () => {
    const routes = appealRoutes('regular');
    expect(routes.commissionAvailable).toBe(true);
    expect(routes.remedies.map((r) => [r.code, r.filingPeriod])).toEqual([
      ['commissionAppeal', 'appeal.commissionPeriod'],
      ['courtAction', 'appeal.courtActionPeriodOther'],
    ]);
  });

  it('applicant detention: criminal judge of peace, not suspensive, no Commission (Art. 68(7))', () => {
    const [remedy] = appealRoutes('applicantDetention').remedies;
    expect(remedy).toMatchObject({ code: 'criminalJudgeOfPeace', suspensive: false, rulingPeriod: 'applicantDetention.judgeRulingPeriod' });
    expect(remedy.filingPeriod).toBeUndefined();
  });

  it('removal: court action under Art. 53(3) with the dated removal appeal period', () => {
    const [remedy] = appealRoutes('removal').remedies;
    expect(remedy).toMatchObject({ citation: 'Art. 53(3)', filingPeriod: 'removal.appealPeriod', rulingPeriod: 'removal.courtRulingPeriod' });
  });
});
