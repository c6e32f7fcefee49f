import { HolidayDataMissingError } from './holidays';
import { addWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter, previousWorkingDayOnOrBefore, workingDaysBetween } from './workingDays';

describe('working days', () => {
  it('skips weekends and full holidays, keeps ordinary weekdays', () => {
    expect(isWorkingDay('2026-03-18')).toBe(true); // Wednesday
    expect(isWorkingDay('2026-03-21')).toBe(false); // Saturday, Ramazan Bayramı
    expect(isWorkingDay('2026-03-20')).toBe(false); // Friday, Ramazan Bayramı day 1
    expect(isWorkingDay('2026-04-23')).toBe(false); // Thursday, 23 Nisan
    expect(isWorkingDay('2026-06-07')).toBe(false); // Sunday
  });

  it('counts an arife half day as a working day', () => {
    expect(isWorkingDay('2026-03-19')).toBe(true); // Ramazan arife, Thursday
    expect(isWorkingDay('2026-05-26')).toBe(true); // Kurban arife, Tuesday
    expect(isWorkingDay('2026-10-28')).toBe(true); // Cumhuriyet Bayramı eve, Wednesday
  });

  it('adds working days over Ramazan Bayramı 2026', () => {
    // given Wednesday 18 March 2026, before the arife (Thu 19) and the bayram (Fri 20 – Sun 22)
    // when two working days are added
    // then the arife counts and the bayram and weekend do not
    expect(addWorkingDays('2026-03-18', 1)).toBe('2026-03-19');
    expect(addWorkingDays('2026-03-18', 2)).toBe('2026-03-23');
    expect(addWorkingDays('2026-03-23', -1)).toBe('2026-03-19');
    expect(addWorkingDays('2026-03-18', 0)).toBe('2026-03-18');
  });

  it('counts working days left over Ramazan Bayramı 2026', () => {
    // given Monday 16 March and Friday 27 March 2026
    // when / then: 17, 18, 19 (arife), 23, 24, 25, 26, 27 = 8
    expect(workingDaysBetween('2026-03-16', '2026-03-27')).toBe(8);
    expect(workingDaysBetween('2026-03-27', '2026-03-16')).toBe(-8);
    expect(workingDaysBetween('2026-03-19', '2026-03-19')).toBe(0);
    expect(workingDaysBetween('2026-03-19', '2026-03-22')).toBe(0);
  });

  it('finds the next and previous working day', () => {
    expect(nextWorkingDayOnOrAfter('2026-05-27')).toBe('2026-06-01');
    expect(nextWorkingDayOnOrAfter('2026-06-02')).toBe('2026-06-02');
    expect(previousWorkingDayOnOrBefore('2026-05-30')).toBe('2026-05-26');
  });

  it('counts across into 2028 (no year in the calendar’s range is missing) and refuses dates before 2014', () => {
    expect(addWorkingDays('2027-12-29', 5)).toBe('2028-01-05');
    expect(isWorkingDay('2028-01-01')).toBe(false);
    expect(() => isWorkingDay('2013-12-31')).toThrow(HolidayDataMissingError);
  });
});
