import { assessRemoval, REMOVAL_BARS, REMOVAL_GROUNDS, removalDetentionTerm } from './removal';
import { guardDetentionReview, guardRemovalDecision, guardRemovalDetention } from './guards';

const citations = (list: Array<{ citation: string }>) => list.map((c) => c.citation);

describe('removal grounds, Art. 54 (Turkish lettering)', () => {
  it('letters run a, b, c, ç, d, e, f, g, ğ, h, ı, i, j, k', () => {
    expect(Object.values(REMOVAL_GROUNDS).map((c) => /Art\. 54\(1\)\(([^)]+)\)/u.exec(c.citation)![1])).toEqual(['a', 'b', 'c', 'ç', 'd', 'e', 'f', 'g', 'ğ', 'h', 'ı', 'i', 'j', 'k']);
  });

  it.each(Object.entries(REMOVAL_GROUNDS))('%s alone is a ground citing its letter', (key, criterion) => {
    const r = assessRemoval({ [key]: true });
    expect(r.outcome).toBe('removable');
    expect(r.matched).toEqual([criterion]);
  });

  it('no fact, no ground', () => {
    expect(assessRemoval({}).outcome).toBe('noGround');
  });

  it('a visa overstay of an applicant is not enough: Art. 54(2) limits applicants and status holders', () => {
    const r = assessRemoval({ visaOverstayOrVisaCancelled: true, protectionApplicantOrStatusHolder: true });
    expect(r.outcome).toBe('noGround');
    expect(r.protectionHolderLimit?.citation).toBe('Art. 54(2) [K]');
    expect(citations(r.excluded!)).toEqual(['Art. 54(1)(e)']);
  });

  it('an applicant who is a serious danger to state security may be removed (Art. 54(2)), with no stay', () => {
    const r = assessRemoval({ protectionApplicantOrStatusHolder: true, seriousDangerToStateSecurity: true });
    expect(r.outcome).toBe('removable');
    expect(r.staysDuringProceedings).toBe(false);
  });
});

describe('bars, Art. 55', () => {
  it.each(Object.entries(REMOVAL_BARS))('%s bars removal even with a ground, citing its letter', (key, bar) => {
    const r = assessRemoval({ unlawfulEntryOrExit: true, [key]: true });
    expect(r.outcome).toBe('barred');
    expect(r.bars).toEqual([bar]);
    expect(r.barObligations?.citation).toBe('Art. 55(2)');
  });

  it('55(1)(ç): a trafficking victim in the support programme is never removed', () => {
    const r = assessRemoval({ residencePermitCancelled: true, inVictimSupportProcess: true });
    expect(citations(r.bars)).toEqual(['Art. 55(1)(ç)']);
    expect(guardRemovalDecision({ residencePermitCancelled: true, inVictimSupportProcess: true }, 'remove', 20, 'x', '2026-03-02')).toMatchObject({ accepted: false, citation: 'Art. 55(1)(ç)' });
  });
});

describe('stay during the window and the case, Art. 53(3)', () => {
  it('stays for an ordinary ground', () => {
    const r = assessRemoval({ workingWithoutPermit: true });
    expect(r.staysDuringProceedings).toBe(true);
    expect(r.stay.citation).toBe('Art. 53(3)');
  });
  it.each([['terroristOrCriminalOrganisation', 'Art. 54(1)(b)'], ['publicOrderSecurityOrHealthThreat', 'Art. 54(1)(d)'], ['linkedToDesignatedTerroristOrganisation', 'Art. 54(1)(k) [K]']])('no stay for %s', (key, citation) => {
    const r = assessRemoval({ [key]: true });
    expect(r.staysDuringProceedings).toBe(false);
    expect(citations(r.stayExceptions)).toEqual([citation]);
  });
});

describe('departure period, Art. 56', () => {
  it('15–30 days must be given when no withholding ground exists', () => {
    const facts = { visaOverstayOrVisaCancelled: true };
    expect(guardRemovalDecision(facts, 'remove', 15, '', '2026-03-02').accepted).toBe(true);
    expect(guardRemovalDecision(facts, 'remove', 30, '', '2026-03-02').accepted).toBe(true);
    expect(guardRemovalDecision(facts, 'remove', 14, '', '2026-03-02')).toMatchObject({ accepted: false, citation: 'Art. 56(1)' });
    expect(guardRemovalDecision(facts, 'remove', 31, '', '2026-03-02').accepted).toBe(false);
    expect(guardRemovalDecision(facts, 'remove', 0, '', '2026-03-02').accepted).toBe(false);
  });
  it.each(['flightRisk', 'unlawfulEntryOrExit', 'falseInformationOrForgedDocuments', 'permitSoughtWithUnfoundedDocuments', 'publicOrderSecurityOrHealthThreat'])('withheld for %s', (key) => {
    const facts = { visaOverstayOrVisaCancelled: true, [key]: true };
    expect(assessRemoval(facts).departureWithheld).toHaveLength(1);
    expect(guardRemovalDecision(facts, 'remove', 20, '', '2026-03-02')).toMatchObject({ accepted: false, citation: 'Art. 56(1)' });
    expect(guardRemovalDecision(facts, 'remove', 0, '', '2026-03-02')).toMatchObject({ accepted: true, outcome: 'remove' });
  });
  it('not removing despite a ground is a departure that needs a recorded reason', () => {
    const facts = { workingWithoutPermit: true };
    expect(guardRemovalDecision(facts, 'no-removal', undefined, 'kısa', '2026-03-02').accepted).toBe(false);
    expect(guardRemovalDecision(facts, 'no-removal', undefined, 'Aile bağları ve uzun kalış süresi gözetildi.', '2026-03-02')).toMatchObject({ accepted: true, departure: true });
  });
});

describe('administrative detention, Art. 57', () => {
  it('48-hour transfer, 6-month cap, at most 6 more (instants, no holiday roll-over)', () => {
    const t = removalDetentionTerm('2026-01-05T14:30:00.000+03:00');
    expect(t.transferDueAt).toBe('2026-01-07T14:30:00.000+03:00');
    expect(t.capAt).toBe('2026-07-05T14:30:00.000+03:00');
    expect(t.extendedCapAt).toBe('2027-01-05T14:30:00.000+03:00');
  });
  it('detention only on an Art. 57(2) ground', () => {
    expect(guardRemovalDetention({ workingWithoutPermit: true }, true)).toMatchObject({ accepted: false, citation: 'Art. 57(2)' });
    expect(guardRemovalDetention({ workingWithoutPermit: true, flightRisk: true }, true)).toMatchObject({ accepted: true, outcome: 'detain' });
    expect(assessRemoval({ notLeftWithinDeparturePeriod: true }).detentionGrounds.map((c) => c.code)).toEqual(['removal.detention.notLeftWithinDeparturePeriod']);
  });
  it('extension only for non-cooperation or false information, once', () => {
    expect(guardDetentionReview('extend', undefined, false)).toMatchObject({ accepted: false, citation: 'Art. 57(3)' });
    expect(guardDetentionReview('extend', 'healthReasons', false).accepted).toBe(false);
    expect(guardDetentionReview('extend', 'nonCooperation', false)).toMatchObject({ accepted: true, outcome: 'extend' });
    expect(guardDetentionReview('extend', 'falseInformationAboutCountry', false).accepted).toBe(true);
    expect(guardDetentionReview('extend', 'nonCooperation', true).accepted).toBe(false);
    expect(guardDetentionReview('release', undefined, false).outcome).toBe('release');
  });
});
