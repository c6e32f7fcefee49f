import { assessInadmissibility, SafeThirdCountryFacts } from './inadmissibility';

const safeCountry: SafeThirdCountryFacts = {
  country: 'Country S',
  appliedOrCouldHaveApplied: true,
  noThreatOnConventionGrounds: true,
  nonRefoulementApplied: true,
  canSeekRefugeeStatus: true,
  noRiskOfSeriousHarm: true,
  individualConnection: true,
};

describe('inadmissible applications (Arts. 72–74)', () => {
  it('is admissible without any ground', () => {
    const result = assessInadmissibility({});
    expect(result).toMatchObject({ outcome: 'admissible', matched: [], routes: [], unmet: [] });
    expect(result.stops).toBeUndefined();
  });

  it.each([
    ['repeatWithoutNewGrounds', 'Art. 72(1)(a)'],
    ['ownApplicationAfterConsentWithoutCause', 'Art. 72(1)(b)'],
    ['ownApplicationAfterRejectionWithoutNewGrounds', 'Art. 72(1)(b)'],
  ])('%s alone makes the application inadmissible (%s) and leads to removal (Art. 54(1)(i))', (fact, citation) => {
    // given / when
    const result = assessInadmissibility({ [fact]: true });
    // then
    expect(result.outcome).toBe('inadmissible');
    expect(result.matched).toEqual([expect.objectContaining({ citation })]);
    expect(result.stops?.citation).toBe('Art. 72(2)');
    expect(result.routes).toEqual([expect.objectContaining({ route: 'removal', citation: 'Art. 54(1)(i)', rightToStayUntilReturn: false })]);
    expect(result.appealParameter).toBe('appeal.courtActionPeriodInadmissibleOrAccelerated');
  });

  it.each([['recognisedAndCanStillAvail'], ['sufficientEffectiveProtection']])(
    'first country of asylum (Art. 72(1)(c), Art. 73): %s alone suffices; return there with a right to stay',
    (condition) => {
      const result = assessInadmissibility({ firstCountryOfAsylum: { country: 'Country F', [condition]: true } });
      expect(result.outcome).toBe('inadmissible');
      expect(result.matched.map((c) => c.citation)).toEqual(['Art. 72(1)(c); Art. 73', 'Art. 73']);
      expect(result.routes).toEqual([
        expect.objectContaining({ route: 'returnToFirstCountry', country: 'Country F', rightToStayUntilReturn: true, resumesIfReadmissionRefused: true }),
      ]);
    },
  );

  it('does not treat a first country as such when neither Art. 73 condition holds', () => {
    const result = assessInadmissibility({ firstCountryOfAsylum: { country: 'Country F', recognisedAndCanStillAvail: false } });
    expect(result.outcome).toBe('admissible');
    expect(result.unmet).toHaveLength(2);
  });

  it('needs all four Art. 74(2) conditions and the Art. 74(3) connection for a safe third country', () => {
    // given all conditions / when / then
    const result = assessInadmissibility({ safeThirdCountry: safeCountry });
    expect(result.outcome).toBe('inadmissible');
    expect(result.matched.map((c) => c.citation)).toEqual([
      'Art. 72(1)(ç); Art. 74', 'Art. 74(1)', 'Art. 74(2)(a)', 'Art. 74(2)(b)', 'Art. 74(2)(c)', 'Art. 74(2)(ç)', 'Art. 74(3)',
    ]);
    expect(result.routes).toEqual([expect.objectContaining({ route: 'returnToSafeThirdCountry', citation: 'Art. 74(1)', country: 'Country S', rightToStayUntilReturn: true })]);
  });

  it.each([
    ['appliedOrCouldHaveApplied', 'Art. 74(1)'],
    ['noThreatOnConventionGrounds', 'Art. 74(2)(a)'],
    ['nonRefoulementApplied', 'Art. 74(2)(b)'],
    ['canSeekRefugeeStatus', 'Art. 74(2)(c)'],
    ['noRiskOfSeriousHarm', 'Art. 74(2)(ç)'],
    ['individualConnection', 'Art. 74(3)'],
  ])('is not a safe third country when %s is missing (%s)', (condition, citation) => {
    // given one condition not established
    const result = assessInadmissibility({ safeThirdCountry: { ...safeCountry, [condition]: false } });
    // then admissible on this ground, and the missing condition is named
    expect(result.outcome).toBe('admissible');
    expect(result.unmet.map((c) => c.citation)).toEqual([citation]);
  });

  it('reports every ground found and every route, third-country return first', () => {
    const result = assessInadmissibility({ repeatWithoutNewGrounds: true, safeThirdCountry: safeCountry });
    expect(result.matched[0].citation).toBe('Art. 72(1)(a)');
    expect(result.matched.some((c) => c.citation === 'Art. 72(1)(ç); Art. 74')).toBe(true);
    expect(result.routes.map((r) => r.route)).toEqual(['returnToSafeThirdCountry', 'removal']);
  });
});
