import { job } from '../test/input';
import { acceleratedCriteria } from './accelerated-criteria';

const GROUNDS: Array<[string, string]> = [
  ['onlyUnrelatedMatters', 'Art. 79(1)(a)'],
  ['misledAuthorities', 'Art. 79(1)(b)'],
  ['destroyedDocuments', 'Art. 79(1)(c)'],
  ['inRemovalDetention', 'Art. 79(1)(ç)'],
  ['appliedToDelayRemoval', 'Art. 79(1)(d)'],
  ['publicOrderThreat', 'Art. 79(1)(e)'],
  ['previouslyRemovedForPublicOrder', 'Art. 79(1)(e)'],
  ['reappliedAfterDeemedWithdrawal', 'Art. 79(1)(f)'],
];

describe('yukk.rules.accelerated-criteria', () => {
  it.each(GROUNDS)('%s alone puts the case in the accelerated track, citing %s', (fact, citation) => {
    const out = acceleratedCriteria(job({ facts: { unaccompaniedMinor: false, [fact]: true } }));
    expect(out.acceleratedApplies).toBe(true);
    expect(out.acceleratedCriteria).toEqual([expect.objectContaining({ code: `accelerated.${fact}`, citation })]);
  });

  it('returns every matching criterion, not only the first', () => {
    const out = acceleratedCriteria(job({ facts: { misledAuthorities: true, inRemovalDetention: true } }));
    expect((out.acceleratedCriteria as Array<{ citation: string }>).map((c) => c.citation)).toEqual(['Art. 79(1)(b)', 'Art. 79(1)(ç)']);
  });

  it('never accelerates an unaccompanied minor, and shows the grounds set aside (Art. 79(4))', () => {
    const out = acceleratedCriteria(job({ facts: { unaccompaniedMinor: true, misledAuthorities: true } }));
    expect(out).toMatchObject({ acceleratedApplies: false, acceleratedRuleOutcome: 'excludedUnaccompaniedMinor', acceleratedCriteria: [] });
    expect(out.acceleratedExcluded).toEqual([expect.objectContaining({ citation: 'Art. 79(1)(b)' })]);
    expect(out.acceleratedExceptionText).toContain('Art. 79(4)');
  });

  it('uses the officer’s age finding once the dispute is resolved', () => {
    const disputed = { facts: { ageDisputed: true, misledAuthorities: true } };
    expect(acceleratedCriteria(job(disputed)).acceleratedRuleOutcome).toBe('ageDisputePending');
    expect(acceleratedCriteria(job({ ...disputed, ageDisputeOutcome: 'adult' })).acceleratedApplies).toBe(true);
    expect(acceleratedCriteria(job({ ...disputed, ageDisputeOutcome: 'unaccompanied-minor' })).acceleratedRuleOutcome).toBe('excludedUnaccompaniedMinor');
  });

  it('is not applicable without any ground or facts', () => {
    expect(acceleratedCriteria(job({})).acceleratedApplies).toBe(false);
  });
});

describe('yukk.rules.accelerated-criteria with the decision table accelerated-grounds', () => {
  it('takes the grounds the table found (acceleratedGroundsFound), citing each', () => {
    const out = acceleratedCriteria(job({ facts: { unaccompaniedMinor: false }, acceleratedGroundsFound: ['inRemovalDetention'] }));
    expect(out.acceleratedApplies).toBe(true);
    expect(out.acceleratedCriteria).toEqual([expect.objectContaining({ citation: 'Art. 79(1)(ç)' })]);
  });

  it('keeps the Art. 79(4) gate the table cannot express: an unaccompanied minor is never accelerated', () => {
    const out = acceleratedCriteria(job({ facts: { unaccompaniedMinor: true }, acceleratedGroundsFound: ['misledAuthorities'] }));
    expect(out).toMatchObject({ acceleratedApplies: false, acceleratedRuleOutcome: 'excludedUnaccompaniedMinor' });
  });

  it('an empty finding of the table is no ground, and an unknown ground fails the job', () => {
    expect(acceleratedCriteria(job({ facts: { misledAuthorities: true }, acceleratedGroundsFound: [] })).acceleratedApplies).toBe(false);
    expect(() => acceleratedCriteria(job({ acceleratedGroundsFound: ['madeUp'] }))).toThrow(/madeUp/);
  });
});
