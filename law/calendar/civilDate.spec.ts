import { addDays, addMonths, addYears, daysBetween, fromDayNumber, InvalidDateError, parseDate, toDayNumber, weekday } from './civilDate';
import { endOfDayInstant, epochMsToTurkeyInstant, InvalidInstantError, instantToEpochMs, turkeyDateOf } from './instant';

describe('civil dates', () => {
  it('numbers days from 1970-01-01 and back', () => {
    // given / when / then
    expect(toDayNumber(parseDate('1970-01-01'))).toBe(0);
    expect(toDayNumber(parseDate('2026-01-01'))).toBe(20454);
    expect(fromDayNumber(20454)).toEqual({ y: 2026, m: 1, d: 1 });
    expect(fromDayNumber(-1)).toEqual({ y: 1969, m: 12, d: 31 });
  });

  it('knows weekdays (2026-05-30 is a Saturday, 2027-01-01 a Friday)', () => {
    expect(weekday('2026-05-30')).toBe('Saturday');
    expect(weekday('2027-01-01')).toBe('Friday');
    expect(weekday('2024-02-29')).toBe('Thursday');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-24', 15)).toBe('2027-01-08');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-24', '2027-01-08')).toBe(15);
  });

  it('adds months on the same-numbered day, clamped to the end of a shorter month', () => {
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-30', -12)).toBe('2025-11-30');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
  });

  it('rejects impossible or malformed dates', () => {
    expect(() => parseDate('2026-02-29')).toThrow(InvalidDateError);
    expect(() => parseDate('2026-5-1')).toThrow(InvalidDateError);
    expect(() => parseDate('2026-05-01T00:00:00Z')).toThrow(InvalidDateError);
  });
});

describe('instants in Turkish time', () => {
  it('gives the last millisecond of a day at UTC+3', () => {
    expect(endOfDayInstant('2026-06-01')).toBe('2026-06-01T23:59:59.999+03:00');
    expect(instantToEpochMs(endOfDayInstant('2026-06-01'))).toBe(Date.UTC(2026, 5, 1, 20, 59, 59, 999));
  });

  it('formats an absolute instant in Turkish time and finds its Turkish date', () => {
    // given an instant late in the UTC evening
    const ms = Date.UTC(2026, 11, 31, 22, 30, 0, 0);
    // when / then it is already the next day in Türkiye
    expect(epochMsToTurkeyInstant(ms)).toBe('2027-01-01T01:30:00.000+03:00');
    expect(turkeyDateOf('2026-12-31T22:30:00Z')).toBe('2027-01-01');
  });

  it('uses the offset of the day before 2016: UTC+2 in winter, UTC+3 in summer (2015’s summer time ran to 8 November)', () => {
    expect(endOfDayInstant('2015-01-15')).toBe('2015-01-15T23:59:59.999+02:00');
    expect(endOfDayInstant('2015-07-15')).toBe('2015-07-15T23:59:59.999+03:00');
    expect(endOfDayInstant('2015-11-07')).toBe('2015-11-07T23:59:59.999+03:00');
    expect(endOfDayInstant('2015-11-09')).toBe('2015-11-09T23:59:59.999+02:00');
    expect(endOfDayInstant('2014-03-30')).toBe('2014-03-30T23:59:59.999+02:00'); // summer time began a day late, 31 March 2014
    expect(endOfDayInstant('2016-12-15')).toBe('2016-12-15T23:59:59.999+03:00'); // kept all year from 2016
    // 21:30 UTC on 15 January 2015 was 23:30 in Türkiye (UTC+2): still the 15th, though UTC+3 would give the 16th
    expect(turkeyDateOf('2015-01-15T21:30:00Z')).toBe('2015-01-15');
    expect(epochMsToTurkeyInstant(Date.UTC(2015, 0, 15, 21, 30))).toBe('2015-01-15T23:30:00.000+02:00');
  });

  it('rejects an instant without an offset (it would depend on the host zone)', () => {
    expect(() => instantToEpochMs('2026-05-20T10:00:00')).toThrow(InvalidInstantError);
  });
});
