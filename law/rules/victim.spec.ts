import {
  assessVictimPermitCancellation,
  assessVictimPermitGrant,
  assessVictimPermitRenewal,
  assessVictimProgrammeTermination,
  CONDUCT_GROUNDS,
  victimCapEnd,
  VictimTerminationFacts,
} from './victim';
import { weekday } from '../calendar/civilDate';

describe('victim permit: grant (Art. 48)', () => {
  it('grants 30 days to an identified victim, with no other permit condition', () => {
    // given a victim identified on Saturday 10 January 2026
    const result = assessVictimPermitGrant({ identifiedVictim: true, grantDate: '2026-01-10' });
    // then
    expect(result.outcome).toBe('grant');
    expect(result.matched.map((c) => c.citation)).toEqual(['Art. 48(1)']);
    expect(result.term).toEqual({
      from: '2026-01-10',
      until: '2026-02-09', // day 30 counted from the day after the grant
      renewalReminder: '2026-01-23', // 15 days before is Sunday 25 January → Friday 23
      escalationOn: '2026-02-09',
      capUntil: '2029-01-10',
    });
    expect(weekday('2026-01-25')).toBe('Sunday');
    expect(result.removalBar?.citation).toBe('Art. 55(1)(ç)');
  });

  it('a reminder the calendar cannot place never blocks the grant: the nominal day is used', () => {
    // given a grant whose reminder day (4 January 2201) is past the calendar's range (2014–2200)
    const result = assessVictimPermitGrant({ identifiedVictim: true, grantDate: '2200-12-20' });
    // then the permit is granted all the same, reminded on the nominal day
    expect(result.outcome).toBe('grant');
    expect(result.term).toMatchObject({ until: '2201-01-19', renewalReminder: '2201-01-04' });
  });

  it('grants on a strong suspicion alone ([S0 Q4])', () => {
    const result = assessVictimPermitGrant({ strongSuspicionOfVictim: true, grantDate: '2026-03-02' });
    expect(result.outcome).toBe('grant');
    expect(result.matched.map((c) => c.code)).toEqual(['victim.grant.strongSuspicionOfVictim']);
  });

  it('lists the conditions that must not be asked for (Art. 48(2); [S0 Q8])', () => {
    const result = assessVictimPermitGrant({ identifiedVictim: true, grantDate: '2026-03-02' });
    expect(result.waivedConditions.map((c) => c.code.replace('victim.waived.', ''))).toEqual([
      'validPassport', 'visa', 'meansOfSubsistence', 'addressRegistration', 'healthInsurance', 'noRemovalDecision', 'noEntryBan',
    ]);
  });

  it('does not grant without victim status or a strong suspicion', () => {
    const result = assessVictimPermitGrant({ identifiedVictim: false, grantDate: '2026-03-02' });
    expect(result.outcome).toBe('notEligible');
    expect(result.term).toBeUndefined();
  });
});

describe('victim permit: renewal (Art. 49(1)) and the 3-year cap (E.6)', () => {
  it.each([['safety'], ['health'], ['specialCircumstances']])('renews for 6 months on %s alone', (ground) => {
    // given a first permit until 9 February 2026
    const result = assessVictimPermitRenewal({ firstGrantDate: '2026-01-10', currentUntil: '2026-02-09', [ground]: true });
    // then valid from 10 February to 9 August 2026
    expect(result.outcome).toBe('renew');
    expect(result.matched).toEqual([expect.objectContaining({ code: `victim.renewal.${ground}`, citation: 'Art. 49(1)' })]);
    expect(result.term).toMatchObject({ from: '2026-02-10', until: '2026-08-09', capUntil: '2029-01-10' });
    expect(result.monthsGranted).toBe(6);
    expect(result.cappedByTotal).toBe(false);
  });

  it('returns every ground that applies', () => {
    const result = assessVictimPermitRenewal({ firstGrantDate: '2026-01-10', currentUntil: '2026-02-09', safety: true, health: true });
    expect(result.matched.map((c) => c.code)).toEqual(['victim.renewal.safety', 'victim.renewal.health']);
  });

  it('renews for a shorter period on request, never longer than 6 months', () => {
    expect(assessVictimPermitRenewal({ firstGrantDate: '2026-01-10', currentUntil: '2026-02-09', health: true, requestedMonths: 3 }).term?.until).toBe('2026-05-09');
    const tooLong = assessVictimPermitRenewal({ firstGrantDate: '2026-01-10', currentUntil: '2026-02-09', health: true, requestedMonths: 9 });
    expect(tooLong.monthsGranted).toBe(6);
    expect(tooLong.term?.until).toBe('2026-08-09');
  });

  it('counts the cap from the first grant, including the first 30 days', () => {
    expect(victimCapEnd('2024-03-01')).toBe('2027-03-01');
    expect(victimCapEnd('2024-02-29')).toBe('2027-02-28');
  });

  it('cuts a renewal that would pass the cap at the cap', () => {
    // given a first grant on 1 March 2024 (cap 1 March 2027) and a permit until 15 November 2026
    const result = assessVictimPermitRenewal({ firstGrantDate: '2024-03-01', currentUntil: '2026-11-15', safety: true });
    // then 6 months would reach 15 May 2027: the permit ends on 1 March 2027
    expect(result.outcome).toBe('renew');
    expect(result.cappedByTotal).toBe(true);
    expect(result.term).toMatchObject({ from: '2026-11-16', until: '2027-03-01', capUntil: '2027-03-01', renewalReminder: '2027-02-12' });
  });

  it('refuses further renewal once the cap is reached', () => {
    const result = assessVictimPermitRenewal({ firstGrantDate: '2024-03-01', currentUntil: '2027-03-01', safety: true });
    expect(result.outcome).toBe('capReached');
    expect(result.term).toBeUndefined();
    expect(result.cap.citation).toContain('Art. 49(1)');
  });

  it('does not renew without a ground', () => {
    const result = assessVictimPermitRenewal({ firstGrantDate: '2026-01-10', currentUntil: '2026-02-09' });
    expect(result.outcome).toBe('noGround');
  });
});

describe('victim support programme: termination ([S0 Q5], E.6)', () => {
  const report = (extra: Partial<VictimTerminationFacts>): VictimTerminationFacts => ({ expertReport: true, ...extra });

  it.each([['unwilling'], ['notAVictim'], ['untrueInformation']])('terminates on %s alone, no voluntariness finding needed', (ground) => {
    const result = assessVictimProgrammeTermination(report({ [ground]: true }));
    expect(result.outcome).toBe('terminate');
    expect(result.matched).toEqual([expect.objectContaining({ code: `victim.termination.${ground}` })]);
  });

  it.each(CONDUCT_GROUNDS.map((g) => [g]))('terminates on %s when the report finds it voluntary', (ground) => {
    const result = assessVictimProgrammeTermination(report({ [ground]: true, conductVoluntary: true }));
    expect(result.outcome).toBe('terminate');
    expect(result.matched.map((c) => c.code)).toEqual([`victim.termination.${ground}`]);
  });

  it.each(CONDUCT_GROUNDS.map((g) => [g]))('never terminates on %s under duress, even if called voluntary', (ground) => {
    // given an act under coercion, threat, violence or intimidation
    const result = assessVictimProgrammeTermination(report({ [ground]: true, conductVoluntary: true, underDuress: true }));
    // then the programme continues and the ground is set aside with the duress exception
    expect(result.outcome).toBe('continue');
    expect(result.excluded?.map((c) => c.code)).toEqual([`victim.termination.${ground}`]);
    expect(result.exceptions.map((c) => c.code)).toEqual(['victim.exception.duress']);
    expect(result.offers).toEqual([]);
  });

  it.each(CONDUCT_GROUNDS.map((g) => [g]))('does not terminate on %s without a finding that the act was voluntary', (ground) => {
    const result = assessVictimProgrammeTermination(report({ [ground]: true }));
    expect(result.outcome).toBe('continue');
    expect(result.exceptions.map((c) => c.code)).toEqual(['victim.exception.voluntarinessNotFound']);
  });

  it('terminates on a non-conduct ground while setting a conduct ground aside for duress', () => {
    const result = assessVictimProgrammeTermination(report({ notAVictim: true, recontactedPerpetrators: true, underDuress: true }));
    expect(result.outcome).toBe('terminate');
    expect(result.matched.map((c) => c.code)).toEqual(['victim.termination.notAVictim']);
    expect(result.excluded?.map((c) => c.code)).toEqual(['victim.termination.recontactedPerpetrators']);
  });

  it('needs the Presidency expert’s evaluation report', () => {
    const result = assessVictimProgrammeTermination({ expertReport: false, unwilling: true });
    expect(result.outcome).toBe('reportRequired');
    expect(result.matched).toEqual([]);
    expect(result.excluded?.map((c) => c.code)).toEqual(['victim.termination.unwilling']);
  });

  it('continues when the report names no ground', () => {
    expect(assessVictimProgrammeTermination(report({})).outcome).toBe('continue');
  });

  it('lifts the Art. 55(1)(ç) bar and offers, never starts, removal assessment or voluntary return', () => {
    const result = assessVictimProgrammeTermination(report({ untrueInformation: true }));
    expect(result.liftsRemovalBar?.citation).toBe('Art. 55(1)(ç)');
    expect(result.offers.map((o) => o.code)).toEqual(['removalAssessment', 'voluntaryReturn', 'otherPermit']);
    expect(result.offers.every((o) => o.startsAutomatically === false)).toBe(true);
  });
});

describe('victim permit: cancellation (Art. 49(2); [S2])', () => {
  it('cancels for voluntary renewed contact with the perpetrators, weighing Art. 25(1) and notifying under Art. 25(2)', () => {
    const result = assessVictimPermitCancellation({ recontactedPerpetrators: true, conductVoluntary: true });
    expect(result.outcome).toBe('cancel');
    expect(result.matched.map((c) => c.citation)).toEqual(['Art. 49(2); [S2]']);
    expect(result.mustWeigh).toHaveLength(4);
    expect(result.notice?.citation).toBe('Art. 25(2)');
  });

  it('keeps the permit when renewed contact is not found voluntary', () => {
    const result = assessVictimPermitCancellation({ recontactedPerpetrators: true });
    expect(result.outcome).toBe('keep');
    expect(result.exceptions.map((c) => c.code)).toEqual(['victim.exception.voluntarinessNotFound']);
  });

  it.each([['breachedObligations'], ['notAVictim']])('cancels on %s alone', (ground) => {
    expect(assessVictimPermitCancellation({ [ground]: true }).outcome).toBe('cancel');
  });

  it.each([['recontactedPerpetrators'], ['breachedObligations'], ['notAVictim']])('keeps the permit when %s happened under duress', (ground) => {
    const result = assessVictimPermitCancellation({ [ground]: true, conductVoluntary: true, underDuress: true });
    expect(result.outcome).toBe('keep');
    expect(result.exceptions.map((c) => c.code)).toEqual(['victim.exception.duress']);
  });
});
