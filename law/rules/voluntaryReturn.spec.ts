import { assessVoluntaryReturn, VoluntaryReturnFacts } from './voluntaryReturn';

const allChecksPassed: Omit<VoluntaryReturnFacts, 'personStatus'> = {
  writtenRequest: true,
  identityAndTravelDocument: true,
  voluntarinessRecorded: true,
  nonRefoulementCleared: true,
  destination: 'origin',
  consularContactConsent: true,
};

describe('voluntary return (Art. 87, E.7)', () => {
  it('treats an applicant’s request as a written withdrawal (Art. 77(1)(a))', () => {
    // given an applicant with every check passed
    const result = assessVoluntaryReturn({ personStatus: 'applicant', ...allChecksPassed });
    // then
    expect(result.outcome).toBe('ready');
    expect(result.matched.map((c) => c.citation)).toEqual(['Art. 87(1)']);
    expect(result.effects.map((e) => e.code)).toEqual(['withdrawal', 'consularContact', 'closeAtExit']);
    expect(result.effects[0].citation).toBe('Art. 77(1)(a)');
  });

  it('offers the cessation procedure to a status holder (Art. 85(1)(a),(ç), 85(4)–(5))', () => {
    const result = assessVoluntaryReturn({ personStatus: 'statusHolder', ...allChecksPassed });
    expect(result.outcome).toBe('ready');
    const cessation = result.effects.find((e) => e.code === 'cessationOffered');
    expect(cessation).toMatchObject({ citation: 'Art. 85(1)(a),(ç); Art. 85(4)–(5)', offerOnly: true });
    expect(result.effects.some((e) => e.code === 'withdrawal')).toBe(false);
  });

  it('gives a victim travel documents, and consular contact only with consent ([S0 Q9])', () => {
    // given a victim returning to a safe third country who refuses consular contact
    const result = assessVoluntaryReturn({ personStatus: 'victim', ...allChecksPassed, destination: 'safeThirdCountry', consularContactConsent: false });
    // then the return can go ahead, with travel documents and without consular contact
    expect(result.outcome).toBe('ready');
    expect(result.matched.map((c) => c.citation)).toEqual(['[S0 Q9]; [S0 Q11]']);
    expect(result.effects.map((e) => e.code)).toEqual(['travelDocuments', 'closeAtExit']);
  });

  it('sends a temporary-protection returnee to V-87, not Art. 87', () => {
    const result = assessVoluntaryReturn({ personStatus: 'temporaryProtection', writtenRequest: true });
    expect(result.outcome).toBe('temporaryProtectionReturn');
    expect(result.matched[0].citation).not.toContain('Art. 87');
    expect(result.effects[0]).toMatchObject({ code: 'restrictionCodeV87', offerOnly: true });
  });

  it('is not an Art. 87 return for anyone else', () => {
    expect(assessVoluntaryReturn({ personStatus: 'other', ...allChecksPassed }).outcome).toBe('notEligible');
  });

  it.each([
    ['writtenRequest', false],
    ['voluntarinessRecorded', false],
    ['nonRefoulementCleared', false],
    ['destination', 'other'],
  ])('fails when %s is %s', (fact, value) => {
    const result = assessVoluntaryReturn({ personStatus: 'applicant', ...allChecksPassed, [fact]: value });
    expect(result.outcome).toBe('checksFailed');
    expect(result.checks.filter((c) => c.state === 'failed')).toHaveLength(1);
  });

  it.each([['writtenRequest'], ['identityAndTravelDocument'], ['voluntarinessRecorded'], ['nonRefoulementCleared'], ['destination'], ['consularContactConsent']])(
    'waits while %s is not recorded',
    (fact) => {
      const facts = { personStatus: 'applicant', ...allChecksPassed } as VoluntaryReturnFacts;
      delete (facts as unknown as Record<string, unknown>)[fact];
      const result = assessVoluntaryReturn(facts);
      expect(result.outcome).toBe('checksPending');
      expect(result.checks.filter((c) => c.state === 'pending')).toHaveLength(1);
    },
  );

  it('keeps a missing travel document pending rather than failed (it can be obtained)', () => {
    const result = assessVoluntaryReturn({ personStatus: 'victim', ...allChecksPassed, identityAndTravelDocument: false });
    expect(result.outcome).toBe('checksPending');
  });

  it('requires the best-interests assessment for an unaccompanied minor (Art. 66)', () => {
    const pending = assessVoluntaryReturn({ personStatus: 'applicant', ...allChecksPassed, unaccompaniedMinor: true });
    expect(pending.outcome).toBe('checksPending');
    expect(pending.checks.find((c) => c.criterion.citation === 'Art. 66')?.state).toBe('pending');
    const ready = assessVoluntaryReturn({ personStatus: 'applicant', ...allChecksPassed, unaccompaniedMinor: true, bestInterestsAssessed: true });
    expect(ready.outcome).toBe('ready');
  });

  it('records assistance without making it a condition (Art. 87(1))', () => {
    expect(assessVoluntaryReturn({ personStatus: 'applicant', ...allChecksPassed }).assistance).toBe('notRecorded');
    expect(assessVoluntaryReturn({ personStatus: 'applicant', ...allChecksPassed, assistance: 'cash' })).toMatchObject({ outcome: 'ready', assistance: 'cash' });
  });
});

describe('voluntary return with process-variable nulls', () => {
  it('treats null as not recorded, never as passed', () => {
    const facts = { personStatus: 'applicant', ...allChecksPassed, destination: null, consularContactConsent: null } as unknown as VoluntaryReturnFacts;
    const result = assessVoluntaryReturn(facts);
    expect(result.outcome).toBe('checksPending');
    expect(result.checks.filter((c) => c.state === 'pending').map((c) => c.criterion.code)).toEqual([
      'voluntaryReturn.check.destination',
      'voluntaryReturn.check.consularConsent',
    ]);
  });
});
