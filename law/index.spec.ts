import * as law from './index';

describe('law public API', () => {
  it('exports the calendar, the parameters and every rule from one entry point', () => {
    for (const name of ['periodEnd', 'valueAt', 'addWorkingDays', 'isWorkingDay', 'holidayOn', 'workingDaysBetween', 'daysLeft',
      'assessAccelerated', 'assessInadmissibility', 'assessVictimPermitGrant', 'assessVictimPermitRenewal',
      'assessVictimProgrammeTermination', 'assessVictimPermitCancellation', 'assessVoluntaryReturn', 'proposeRestrictionCodes']) {
      expect(typeof (law as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('returns plain JSON values, fit for process variables', () => {
    // given results of a period and of a rule
    const results = [
      law.periodEnd({ start: '2026-05-24', parameter: 'accelerated.decisionPeriod' }),
      law.assessAccelerated({ unaccompaniedMinor: true, misledAuthorities: true }),
      law.assessVictimProgrammeTermination({ expertReport: true, untrueInformation: true }),
    ];
    // when / then they survive a JSON round trip unchanged
    for (const r of results) expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
