import { BpmnError } from '../support/job';
import { job } from '../test/input';
import { victimRenewal, VICTIM_RENEWAL_REFUSED } from './victim-renewal';
import { victimTermination } from './victim-termination';

const GROUNDS = ['unwilling', 'recontactedPerpetrators', 'leftShelterWithoutNotice', 'disobeyedProgrammeMeasures', 'nonCooperation', 'notAVictim', 'untrueInformation'];
const CONDUCT = ['recontactedPerpetrators', 'leftShelterWithoutNotice', 'disobeyedProgrammeMeasures', 'nonCooperation'];

describe('yukk.rules.victim-termination', () => {
  it.each(GROUNDS)('terminates on %s named in the expert report (found voluntary where that matters)', (ground) => {
    const out = victimTermination(job({ expertReport: { [ground]: true, conductVoluntary: true } }));
    expect(out.terminationRuleOutcome).toBe('terminate');
    expect(out.terminationGrounds).toEqual([expect.objectContaining({ code: `victim.termination.${ground}` })]);
    // the next steps are offered, never started (E.6)
    expect((out.victimOffers as Array<{ startsAutomatically: boolean }>).every((o) => o.startsAutomatically === false)).toBe(true);
  });

  it.each(CONDUCT)('never terminates on %s done under duress (override)', (ground) => {
    const out = victimTermination(job({ expertReport: { [ground]: true, conductVoluntary: true, underDuress: true } }));
    expect(out.terminationRuleOutcome).toBe('continue');
    expect(out.terminationSetAside).toEqual([expect.objectContaining({ code: `victim.termination.${ground}` })]);
    expect(out.terminationExceptions).toEqual([expect.objectContaining({ code: 'victim.exception.duress' })]);
  });

  it('reads the same report as a permit cancellation (Art. 49(2); [S2]) with the Art. 25(1) factors to weigh', () => {
    const out = victimTermination(job({ expertReport: { breachedObligations: true, conductVoluntary: true } }));
    expect(out.cancellationRuleOutcome).toBe('cancel');
    expect(out.cancellationGrounds).toEqual([expect.objectContaining({ code: 'victim.cancellation.breachedObligations' })]);
    expect((out.cancellationMustWeigh as Array<{ citation: string }>).every((c) => c.citation === 'Art. 25(1)')).toBe(true);
    expect(victimTermination(job({ expertReport: { notAVictim: true, underDuress: true } })).cancellationRuleOutcome).toBe('keep');
  });

  it('needs the expert report', () => {
    expect(victimTermination(job({})).terminationRuleOutcome).toBe('reportRequired');
  });
});

describe('yukk.rules.victim-renewal', () => {
  const base = { firstGrantDate: '2026-05-04', permitValidUntil: '2026-06-03', renewalMonths: 6 };

  it.each(['safety', 'health', 'specialCircumstances'])('renews on %s alone (Art. 49(1))', (ground) => {
    const out = victimRenewal(job({ ...base, renewalGrounds: [ground] }));
    expect(out.renewalCriteria).toEqual([expect.objectContaining({ code: `victim.renewal.${ground}`, citation: 'Art. 49(1)' })]);
    expect(out.renewalMonthsGranted).toBe(6);
  });

  it('refuses with a BPMN error when no ground is given', () => {
    expect(() => victimRenewal(job({ ...base, renewalGrounds: [] }))).toThrow(expect.objectContaining({ errorCode: VICTIM_RENEWAL_REFUSED }));
  });

  it('refuses with a BPMN error once the 3-year cap is reached', () => {
    try {
      victimRenewal(job({ firstGrantDate: '2024-06-01', permitValidUntil: '2027-06-01', renewalGrounds: ['safety'] }));
      throw new Error('expected a BPMN error');
    } catch (e) {
      expect(e).toBeInstanceOf(BpmnError);
      expect((e as BpmnError).variables).toMatchObject({ renewalRefusal: 'capReached' });
    }
  });
});
