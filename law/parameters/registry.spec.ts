import { getParameter, listParameters, ParameterNotInForceError, UnknownParameterError, valueAt, valueInForce } from './registry';

describe('dated legal parameters', () => {
  it('switches the removal appeal period (Art. 53(3)) from 15 to 7 days on 2019-12-24 (Law No. 7196)', () => {
    // given / when / then
    expect(valueAt('removal.appealPeriod', '2019-12-23')).toBe(15);
    expect(valueAt('removal.appealPeriod', '2019-12-24')).toBe(7);
    expect(valueAt('removal.appealPeriod', '2026-06-01')).toBe(7);
    expect(valueInForce('removal.appealPeriod', '2019-12-24')).toMatchObject({ citation: 'Art. 53(3)', unit: 'days', reference: 'Law No. 7196', effectiveFrom: '2019-12-24' });
    expect(valueInForce('removal.appealPeriod', '2018-01-01')).toMatchObject({ reference: 'Law No. 6458', effectiveFrom: '2014-04-11' });
  });

  it.each([
    ['accelerated.interviewPeriod', 'Art. 79(2)', 'days', 3],
    ['accelerated.decisionPeriod', 'Art. 79(2)', 'days', 5],
    ['appeal.courtActionPeriodInadmissibleOrAccelerated', 'Art. 80(1)(ç)', 'days', 15],
    ['appeal.courtActionPeriodOther', 'Art. 80(1)(ç)', 'days', 30],
    ['appeal.courtRulingPeriod', 'Art. 80(1)(d)', 'days', 15],
    ['appeal.commissionPeriod', 'Art. 80(1)(a)', 'days', 10],
    ['regular.interviewPeriod', 'Art. 75(1)', 'days', 30],
    ['regular.decisionPeriod', 'Art. 78(1)', 'months', 6],
    ['victim.initialPermitPeriod', 'Art. 48(1)', 'days', 30],
    ['victim.renewalMaxPeriod', 'Art. 49(1)', 'months', 6],
    ['victim.totalCap', 'Art. 49(1)', 'years', 3],
    ['victim.renewalReminderLead', 'Product decision E.6', 'days', 15],
    ['removal.decisionAfterApprehension', 'Art. 57(1)', 'hours', 48],
    ['removal.courtRulingPeriod', 'Art. 53(3)', 'days', 15],
    ['removal.departurePeriodMin', 'Art. 56(1)', 'days', 15],
    ['removal.departurePeriodMax', 'Art. 56(1)', 'days', 30],
    ['registration.documentExtension', 'Art. 69(7)', 'days', 30],
    ['humanitarian.addressRegistrationPeriod', 'Art. 46(2)', 'workingDays', 20],
  ])('%s is %s, %s %i', (id, citation, unit, value) => {
    expect(getParameter(id)).toMatchObject({ citation, unit });
    expect(valueAt(id, '2026-06-01')).toBe(value);
  });

  it('marks knowledge not in the seeds ([K]) and maxima', () => {
    expect(getParameter('accelerated.decisionPeriod').sources).toContain('[K]');
    expect(getParameter('victim.renewalMaxPeriod').bound).toBe('max');
    expect(getParameter('victim.totalCap').bound).toBe('max');
  });

  it('gives every parameter a Turkish-lettered citation, both titles and an ordered list of dated values', () => {
    for (const p of listParameters()) {
      expect(p.citation).toMatch(/^(Art\. \d+(\(\d+\))?(\([a-zçğıöşü]\))?|Product decision E\.\d)$/);
      expect(p.titleTr.length).toBeGreaterThan(0);
      expect(p.titleEn.length).toBeGreaterThan(0);
      const dates = Object.keys(p.values);
      expect(dates.length).toBeGreaterThan(0);
      for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(listParameters().map((p) => p.id)).size).toBe(listParameters().length);
  });

  it('refuses dates before the law was in force and unknown ids', () => {
    expect(() => valueAt('removal.appealPeriod', '2014-04-10')).toThrow(ParameterNotInForceError);
    expect(() => valueAt('no.such', '2026-01-01')).toThrow(UnknownParameterError);
  });
});
