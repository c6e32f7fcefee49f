import { InvalidJobInputError } from '../support/job';
import { job } from '../test/input';
import { proposeCodes } from './propose-codes';

const codes = (out: Record<string, unknown>) => (out.restrictionProposals as Array<{ restrictionCode: string }>).map((p) => p.restrictionCode);

describe('yukk.restrictions.propose-codes', () => {
  it('proposes O-176 (or O-177) after a negative protection outcome, for the officer to choose', () => {
    const out = proposeCodes(job({}, { situation: 'ip-inadmissible' }));
    expect(codes(out)).toEqual(['O-176']);
    expect(out.restrictionProposals).toEqual([expect.objectContaining({ alternatives: ['O-176', 'O-177'], proposal: true })]);
  });

  it('adds Ç-150 when the accelerated rejection rested on false documents', () => {
    expect(codes(proposeCodes(job({ acceleratedDecision: 'rejected', facts: { misledAuthorities: true } }, { situation: 'ip-rejected' })))).toEqual(['Ç-150', 'O-176']);
  });

  it('proposes V-87 for a temporary-protection returnee only', () => {
    expect(codes(proposeCodes(job({}, { situation: 'tp-voluntary-return' })))).toEqual(['V-87']);
  });

  it('proposes V-69 only when the victim programme ended on a conduct ground', () => {
    const conduct = [{ code: 'victim.termination.leftShelterWithoutNotice' }];
    expect(codes(proposeCodes(job({ permitEndReason: 'terminated', terminationGrounds: conduct }, { situation: 'victim-permit-ended' })))).toEqual(['V-69']);
    expect(codes(proposeCodes(job({ permitEndReason: 'not-renewed' }, { situation: 'victim-permit-ended' })))).toEqual([]);
  });

  it('rejects an unknown situation', () => {
    expect(() => proposeCodes(job({}, { situation: 'x' }))).toThrow(InvalidJobInputError);
  });
});
