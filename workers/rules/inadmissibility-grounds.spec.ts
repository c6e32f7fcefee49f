import { job } from '../test/input';
import { inadmissibilityGrounds } from './inadmissibility-grounds';
import { screenApplication } from './screen-application';

const SAFE = {
  country: 'Ülke-A',
  appliedOrCouldHaveApplied: true,
  noThreatOnConventionGrounds: true,
  nonRefoulementApplied: true,
  canSeekRefugeeStatus: true,
  noRiskOfSeriousHarm: true,
  individualConnection: true,
};

const citations = (v: unknown) => (v as Array<{ citation: string }>).map((c) => c.citation);

describe('yukk.rules.inadmissibility-grounds', () => {
  it.each([
    ['repeatWithoutNewGrounds', 'Art. 72(1)(a)'],
    ['ownApplicationAfterConsentWithoutCause', 'Art. 72(1)(b)'],
    ['ownApplicationAfterRejectionWithoutNewGrounds', 'Art. 72(1)(b)'],
  ])('%s alone makes the application inadmissible (%s) and stops the assessment', (fact, citation) => {
    const out = inadmissibilityGrounds(job({ facts: { [fact]: true } }));
    expect(out.inadmissibilityRuleOutcome).toBe('inadmissible');
    expect(citations(out.inadmissibilityCriteria)).toEqual([citation]);
    expect(out.inadmissibilityStops).toMatchObject({ citation: 'Art. 72(2)' });
  });

  it('finds a first country of asylum (Art. 72(1)(c), Art. 73) with a return route and the right to stay', () => {
    const out = inadmissibilityGrounds(job({ facts: { firstCountryOfAsylum: { country: 'Ülke-B', sufficientEffectiveProtection: true } } }));
    expect(citations(out.inadmissibilityCriteria)).toEqual(['Art. 72(1)(c); Art. 73', 'Art. 73']);
    expect(out.inadmissibilityRoutes).toEqual([expect.objectContaining({ route: 'returnToFirstCountry', rightToStayUntilReturn: true, resumesIfReadmissionRefused: true })]);
  });

  it('needs all four Art. 74(2) conditions for a safe third country, and reports the unmet one', () => {
    const all = inadmissibilityGrounds(job({ facts: { safeThirdCountry: SAFE } }));
    expect(citations(all.inadmissibilityCriteria)).toEqual(expect.arrayContaining(['Art. 72(1)(ç); Art. 74', 'Art. 74(2)(a)', 'Art. 74(2)(b)', 'Art. 74(2)(c)', 'Art. 74(2)(ç)']));
    const oneMissing = inadmissibilityGrounds(job({ facts: { safeThirdCountry: { ...SAFE, noRiskOfSeriousHarm: false } } }));
    expect(oneMissing.inadmissibilityRuleOutcome).toBe('admissible');
    expect(citations(oneMissing.inadmissibilityUnmet)).toEqual(['Art. 74(2)(ç)']);
  });

  it('ignores an untouched first-country or safe-third-country block of the registration form', () => {
    const out = inadmissibilityGrounds(job({ facts: { firstCountryOfAsylum: { country: '', recognisedAndCanStillAvail: false }, safeThirdCountry: { nonRefoulementApplied: false } } }));
    expect(out).toMatchObject({ inadmissibilityRuleOutcome: 'admissible', inadmissibilityUnmet: [] });
  });
});

describe('yukk.rules.screen-application', () => {
  it('proposes inadmissibility first, then accelerated, else regular', () => {
    expect(screenApplication(job({ facts: { repeatWithoutNewGrounds: true, misledAuthorities: true } })).proposedRoute).toBe('inadmissibility');
    expect(screenApplication(job({ facts: { misledAuthorities: true } })).proposedRoute).toBe('accelerated');
    expect(screenApplication(job({ facts: { ageDisputed: true, inRemovalDetention: true } })).proposedRoute).toBe('accelerated');
    expect(screenApplication(job({ facts: { unaccompaniedMinor: true, inRemovalDetention: true } })).proposedRoute).toBe('regular');
    expect(screenApplication(job({ facts: {} })).proposedRoute).toBe('regular');
  });
});

describe('yukk.rules.inadmissibility-grounds with the decision table inadmissibility-grounds', () => {
  it('takes the Art. 72(1) grounds and the Art. 73 condition the table found', () => {
    const out = inadmissibilityGrounds(job({
      facts: { firstCountryOfAsylum: { country: 'XX', recognisedAndCanStillAvail: true } },
      inadmissibilityGroundsFound: ['repeatWithoutNewGrounds', 'firstCountryOfAsylum.recognisedAndCanStillAvail'],
    }));
    expect(out.inadmissibilityRuleOutcome).toBe('inadmissible');
    expect((out.inadmissibilityCriteria as Array<{ citation: string }>).map((c) => c.citation)).toEqual(['Art. 72(1)(a)', 'Art. 72(1)(c); Art. 73', 'Art. 73']);
  });

  it('keeps the safe third country (all of Art. 74) with the unmet conditions', () => {
    const out = inadmissibilityGrounds(job({ facts: { safeThirdCountry: { ...SAFE, noRiskOfSeriousHarm: false } }, inadmissibilityGroundsFound: [] }));
    expect(out.inadmissibilityRuleOutcome).toBe('admissible');
    expect(out.inadmissibilityUnmet).toEqual([expect.objectContaining({ citation: 'Art. 74(2)(ç)' })]);
  });
});
