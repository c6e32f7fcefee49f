import { HolidayDataMissingError } from './holidays';
import { InvalidPeriodError, periodEnd, periodEndFromValue } from './periodEnd';

describe('periodEnd', () => {
  it('ends a period in days at the end of its last day, counting from the day after the event', () => {
    // given an accelerated interview held on Monday 2026-06-08
    // when the 5-day decision period (Art. 79(2)) is computed
    const end = periodEnd({ start: '2026-06-08', parameter: 'accelerated.decisionPeriod' });
    // then day 1 is 9 June and day 5 is Saturday 13 June → rolls to Monday 15 June
    expect(end).toMatchObject({ dueDate: '2026-06-15', dueAt: '2026-06-15T23:59:59.999+03:00', citation: 'Art. 79(2)', rolledOverFrom: '2026-06-13', reason: 'Cumartesi', reasonEn: 'Saturday', value: 5, unit: 'days' });
  });

  it('needs no roll-over when the last day is a working day', () => {
    // given registration on Monday 2026-06-01, 3-day interview period (Art. 79(2))
    const end = periodEnd({ start: '2026-06-01', parameter: 'accelerated.interviewPeriod' });
    // then it ends on Thursday 4 June
    expect(end.dueDate).toBe('2026-06-04');
    expect(end.rolledOverFrom).toBeUndefined();
    expect(end.halfDay).toBeUndefined();
  });

  it('rolls a Saturday to Monday (commission appeal, 10 days from Wed 4 Feb 2026)', () => {
    const end = periodEnd({ start: '2026-02-04', parameter: 'appeal.commissionPeriod' });
    expect(end).toMatchObject({ dueDate: '2026-02-16', rolledOverFrom: '2026-02-14', citation: 'Art. 80(1)(a)' });
  });

  it('rolls a last day inside Kurban Bayramı 2026 to Monday 1 June 2026', () => {
    // given an interview on Sunday 24 May 2026
    // when the 5-day decision period runs: 25, 26 (arife), 27, 28, 29 May = day 5 on Kurban day 3
    const end = periodEnd({ start: '2026-05-24', parameter: 'accelerated.decisionPeriod' });
    // then 29 (bayram), 30 (bayram, Saturday) and 31 (Sunday) are skipped
    expect(end).toMatchObject({ dueDate: '2026-06-01', dueAt: '2026-06-01T23:59:59.999+03:00', rolledOverFrom: '2026-05-29', reason: 'Kurban Bayramı', reasonEn: 'Feast of Sacrifice' });
  });

  it('names the holiday, not the weekday, when the last day is both (Sat 30 May 2026)', () => {
    const end = periodEnd({ start: '2026-05-20', parameter: 'appeal.commissionPeriod' });
    expect(end).toMatchObject({ dueDate: '2026-06-01', rolledOverFrom: '2026-05-30', reason: 'Kurban Bayramı' });
  });

  it('keeps an arife half day as the last day and flags it', () => {
    // given a notification on Thursday 21 May 2026, 5 days → Tuesday 26 May, Kurban arife
    const end = periodEnd({ start: '2026-05-21', parameter: 'accelerated.decisionPeriod' });
    expect(end.dueDate).toBe('2026-05-26');
    expect(end.rolledOverFrom).toBeUndefined();
    expect(end.halfDay).toEqual({ nameTr: 'Kurban Bayramı Arifesi', nameEn: 'Eve of Feast of Sacrifice' });
  });

  it('runs across a year boundary (15 days from 2026-12-24 → Friday 8 January 2027)', () => {
    const end = periodEnd({ start: '2026-12-24', parameter: 'appeal.courtActionPeriodInadmissibleOrAccelerated' });
    expect(end).toMatchObject({ dueDate: '2027-01-08', citation: 'Art. 80(1)(ç)' });
    expect(end.rolledOverFrom).toBeUndefined();
  });

  it('rolls over New Year’s Day and the weekend after it (7 days from 2026-12-25 → Mon 4 Jan 2027)', () => {
    const end = periodEnd({ start: '2026-12-25', parameter: 'removal.appealPeriod' });
    expect(end).toMatchObject({ value: 7, dueDate: '2027-01-04', rolledOverFrom: '2027-01-01', reason: 'Yılbaşı', reference: 'Law No. 7196' });
  });

  it('ends a months period on the same-numbered day, clamped, then rolled over', () => {
    // given registration on 31 August 2026, 6-month decision period (Art. 78(1))
    const end = periodEnd({ start: '2026-08-31', parameter: 'regular.decisionPeriod' });
    // then 31 Feb does not exist → Sun 28 Feb 2027 → Mon 1 March 2027
    expect(end).toMatchObject({ dueDate: '2027-03-01', rolledOverFrom: '2027-02-28', reason: 'Pazar', citation: 'Art. 78(1)', unit: 'months' });
  });

  it('counts working-day periods over Ramazan Bayramı (Art. 46(2), 20 working days from Tue 10 March 2026)', () => {
    // 11, 12, 13, 16, 17, 18, 19 (arife), 23 … 27, 30, 31 March, 1, 2, 3, 6, 7, 8 April = 20
    const end = periodEnd({ start: '2026-03-10', parameter: 'humanitarian.addressRegistrationPeriod' });
    expect(end).toMatchObject({ dueDate: '2026-04-08', citation: 'Art. 46(2)', unit: 'workingDays' });
  });

  it('computes hour periods as instants without roll-over (Art. 57(1), 48 hours)', () => {
    // given an apprehension in the evening before Kurban Bayramı
    const end = periodEnd({ start: '2026-05-26T22:30:00+03:00', parameter: 'removal.decisionAfterApprehension' });
    // then 48 hours later, a holiday notwithstanding
    expect(end).toMatchObject({ dueAt: '2026-05-28T22:30:00.000+03:00', dueDate: '2026-05-28', unit: 'hours', citation: 'Art. 57(1)' });
    expect(periodEnd({ start: '2026-05-26T20:00:00Z', parameter: 'removal.decisionAfterApprehension' }).dueAt).toBe('2026-05-28T23:00:00.000+03:00');
  });

  it('uses the value in force on eventDate when given', () => {
    // given a removal decision taken under the 2014 text, counted on 2026 dates (synthetic)
    const end = periodEnd({ start: '2026-06-01', parameter: 'removal.appealPeriod', eventDate: '2019-12-23' });
    // then the 15-day value applies: 16 June 2026
    expect(end).toMatchObject({ value: 15, dueDate: '2026-06-16', reference: 'Law No. 6458', effectiveFrom: '2014-04-11' });
  });

  it('counts into 2028 without an error; far from a bayram the date is certain', () => {
    const end = periodEnd({ start: '2027-12-20', parameter: 'appeal.courtActionPeriodInadmissibleOrAccelerated' });
    expect(end).toMatchObject({ dueDate: '2028-01-04', provisional: false, provisionalHolidays: [] });
  });

  it('marks a due date that rolled over a provisional bayram, naming it', () => {
    // given a 15-day period from 29 March 2030: day 15 is Saturday 13 April 2030, the computed first day of Kurban Bayramı
    const end = periodEnd({ start: '2030-03-29', parameter: 'appeal.courtActionPeriodInadmissibleOrAccelerated' });
    // then it rolls over the four bayram days to Wednesday 17 April, provisionally
    expect(end).toMatchObject({ dueDate: '2030-04-17', rolledOverFrom: '2030-04-13', provisional: true });
    expect(end.provisionalHolidays).toEqual([expect.objectContaining({ group: 'kurban', hijriYear: 1451, firstDay: '2030-04-13', nameTr: 'Kurban Bayramı' })]);
  });

  it('an official date in a computed year is certain: 2026 is official', () => {
    expect(periodEnd({ start: '2026-05-24', parameter: 'accelerated.interviewPeriod' })).toMatchObject({ dueDate: '2026-06-01', provisional: false });
  });

  it('throws only outside the calendar (before 2014)', () => {
    expect(() => periodEnd({ start: '2013-11-01', parameter: 'appeal.courtActionPeriodInadmissibleOrAccelerated', eventDate: '2014-05-01' })).toThrow(HolidayDataMissingError);
  });

  it('offers the same counting for a value that is not a parameter', () => {
    expect(periodEndFromValue('2026-05-24', 5, 'days').dueDate).toBe('2026-06-01');
    expect(() => periodEndFromValue('2026-05-24', -1, 'days')).toThrow(InvalidPeriodError);
  });

  it('refuses a count of occurrences as a period (Art. 77(1)(b): three missed interviews are not three days)', () => {
    expect(() => periodEnd({ start: '2026-05-20', parameter: 'withdrawal.consecutiveInterviewNoShows' })).toThrow(InvalidPeriodError);
    expect(() => periodEndFromValue('2026-05-20', 3, 'count')).toThrow(/not a period/);
  });
});
