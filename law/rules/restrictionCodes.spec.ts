import { proposeRestrictionCodes } from './restrictionCodes';

describe('restriction code proposals ([S3], brief D)', () => {
  it('proposes nothing without a fact', () => {
    expect(proposeRestrictionCodes({})).toEqual({ outcome: 'none', matched: [] });
  });

  it.each([
    [{ temporaryProtectionVoluntaryReturn: true }, 'V-87'],
    [{ falseDocumentsAtEntry: true }, 'Ç-150'],
    [{ negativeProtectionOutcome: 'acceleratedRejected' as const }, 'O-176'],
    [{ removalLawsuitPending: true }, 'V-154'],
    [{ absentFromDeclaredAddress: true }, 'O-100'],
    [{ permitCancelledForBreach: true }, 'V-69'],
    [{ unpaidFine: true }, 'Ç-135'],
    [{ unlawfulEntryOrExit: true }, 'Ç-113'],
  ])('proposes the code for %j: %s', (facts, code) => {
    const result = proposeRestrictionCodes(facts);
    expect(result.outcome).toBe('proposals');
    expect(result.matched).toEqual([expect.objectContaining({ restrictionCode: code, proposal: true })]);
  });

  it('links Ç-150 to Art. 79(1)(b) and leaves O-176/O-177 to the officer', () => {
    const result = proposeRestrictionCodes({ falseDocumentsAtEntry: true, negativeProtectionOutcome: 'inadmissible' });
    expect(result.matched[0].citation).toContain('Art. 79(1)(b)');
    expect(result.matched[1]).toMatchObject({ restrictionCode: 'O-176', alternatives: ['O-176', 'O-177'] });
    expect(result.matched[1].citation).toContain('Arts. 72, 78, 79');
  });

  it('marks V-87 as the temporary-protection code, not Art. 87', () => {
    const [v87] = proposeRestrictionCodes({ temporaryProtectionVoluntaryReturn: true }).matched;
    expect(v87.citation).toContain('not Art. 87');
  });
});

describe('restriction code proposals with process-variable nulls', () => {
  it('ignores a null outcome', () => {
    expect(proposeRestrictionCodes({ negativeProtectionOutcome: null } as unknown as Parameters<typeof proposeRestrictionCodes>[0]).outcome).toBe('none');
  });
});
