import { AcceleratedFacts, assessAccelerated, assessAcceleratedFamily } from './accelerated';

const none: AcceleratedFacts = { unaccompaniedMinor: false };

describe('accelerated procedure (Art. 79)', () => {
  it.each([
    ['onlyUnrelatedMatters', 'Art. 79(1)(a)'],
    ['misledAuthorities', 'Art. 79(1)(b)'],
    ['destroyedDocuments', 'Art. 79(1)(c)'],
    ['inRemovalDetention', 'Art. 79(1)(ç)'],
    ['appliedToDelayRemoval', 'Art. 79(1)(d)'],
    ['publicOrderThreat', 'Art. 79(1)(e)'],
    ['previouslyRemovedForPublicOrder', 'Art. 79(1)(e)'],
    ['reappliedAfterDeemedWithdrawal', 'Art. 79(1)(f)'],
  ])('%s alone is sufficient (%s)', (fact, citation) => {
    // given an adult applicant with only this ground
    const facts = { ...none, [fact]: true } as AcceleratedFacts;
    // when
    const result = assessAccelerated(facts);
    // then
    expect(result.outcome).toBe('accelerated');
    expect(result.matched).toEqual([expect.objectContaining({ code: `accelerated.${fact}`, citation })]);
    expect(result.matched[0].titleTr.length).toBeGreaterThan(0);
    expect(result.matched[0].titleEn.length).toBeGreaterThan(0);
    expect(result.periods).toEqual(['accelerated.interviewPeriod', 'accelerated.decisionPeriod']);
  });

  it('returns every matching ground, not only the first', () => {
    // given an applicant in removal detention who applied to delay removal and destroyed documents
    const result = assessAccelerated({ ...none, inRemovalDetention: true, appliedToDelayRemoval: true, destroyedDocuments: true });
    // then all three are listed, in the order of the article
    expect(result.matched.map((c) => c.citation)).toEqual(['Art. 79(1)(c)', 'Art. 79(1)(ç)', 'Art. 79(1)(d)']);
  });

  it('is not accelerated without a ground (false or missing facts never match)', () => {
    const result = assessAccelerated({ ...none, misledAuthorities: false });
    expect(result.outcome).toBe('notAccelerated');
    expect(result.matched).toEqual([]);
    expect(result.periods).toEqual(['regular.interviewPeriod', 'regular.decisionPeriod']);
  });

  it('never puts an unaccompanied minor in the accelerated track, and says so with Art. 79(4)', () => {
    // given an unaccompanied minor with two grounds
    const result = assessAccelerated({ unaccompaniedMinor: true, misledAuthorities: true, inRemovalDetention: true });
    // then excluded, the grounds reported as set aside
    expect(result.outcome).toBe('excludedUnaccompaniedMinor');
    expect(result.matched).toEqual([]);
    expect(result.exception).toMatchObject({ citation: 'Art. 79(4)' });
    expect(result.excluded?.map((c) => c.citation)).toEqual(['Art. 79(1)(b)', 'Art. 79(1)(ç)']);
  });

  it('requires an age dispute to be resolved before anything else', () => {
    // given a disputed age and a ground
    const result = assessAccelerated({ unaccompaniedMinor: false, ageDisputed: true, onlyUnrelatedMatters: true });
    // then no decision on the track yet
    expect(result.outcome).toBe('ageDisputePending');
    expect(result.exception?.code).toBe('accelerated.ageDisputeUnresolved');
    expect(result.periods).toEqual([]);
  });

  it('ranks Art. 79(4) above the age dispute when the person is taken as an unaccompanied minor', () => {
    const result = assessAccelerated({ unaccompaniedMinor: true, ageDisputed: true, onlyUnrelatedMatters: true });
    expect(result.outcome).toBe('excludedUnaccompaniedMinor');
  });

  it('leaves the accelerated track when the examination will clearly take long (Art. 79(3))', () => {
    const result = assessAccelerated({ ...none, publicOrderThreat: true, examinationWillTakeLong: true });
    expect(result.outcome).toBe('regularTrack');
    expect(result.exception?.citation).toBe('Art. 79(3)');
    expect(result.excluded?.map((c) => c.code)).toEqual(['accelerated.publicOrderThreat']);
    expect(result.periods).toEqual(['regular.interviewPeriod', 'regular.decisionPeriod']);
  });

  it('does not exclude special-needs persons (only unaccompanied minors are excluded)', () => {
    const facts = { ...none, misledAuthorities: true, specialNeeds: true } as AcceleratedFacts;
    expect(assessAccelerated(facts).outcome).toBe('accelerated');
  });
});

describe('accelerated procedure for a family file (Art. 78(2), E.5)', () => {
  it('shows an adult member’s ground on the file and leaves the decision to the officer', () => {
    // given a family where one adult misled the authorities
    const result = assessAcceleratedFamily([
      { memberId: 'A', adult: true, facts: { ...none, misledAuthorities: true } },
      { memberId: 'B', adult: true, facts: none },
      { memberId: 'C', adult: false, facts: none },
    ]);
    // then the ground is on the file with its member, and the officer decides
    expect(result.groundsOnFile).toEqual([{ memberId: 'A', criterion: expect.objectContaining({ citation: 'Art. 79(1)(b)' }) }]);
    expect(result.officerDecisionRequired).toBe(true);
    expect(result.blockedMembers).toEqual([]);
  });

  it('needs no decision when no adult has a ground, and lists members blocked by an age dispute', () => {
    const result = assessAcceleratedFamily([
      { memberId: 'A', adult: true, facts: none },
      { memberId: 'C', adult: false, facts: { unaccompaniedMinor: false, ageDisputed: true } },
    ]);
    expect(result.officerDecisionRequired).toBe(false);
    expect(result.blockedMembers).toEqual([{ memberId: 'C', exception: expect.objectContaining({ code: 'accelerated.ageDisputeUnresolved' }) }]);
  });
});
