import { instantPlusHours, instantPlusMonths } from './instant';

describe('instants for periods in hours and maximum terms in months', () => {
  it('48 hours run through a weekend and a holiday, with no roll-over (Art. 57(1), (2))', () => {
    // 19 May 2026 is a national holiday; hours count anyway
    expect(instantPlusHours('2026-05-17T22:15:00+03:00', 48)).toBe('2026-05-19T22:15:00.000+03:00');
    expect(instantPlusHours('2026-05-17T19:15:00Z', 48)).toBe('2026-05-19T22:15:00.000+03:00');
  });
  it('rejects an instant without an offset and a negative count', () => {
    expect(() => instantPlusHours('2026-05-17T22:15:00', 48)).toThrow();
    expect(() => instantPlusHours('2026-05-17T22:15:00+03:00', -1)).toThrow();
  });
  it('6 months keep the Turkish wall-clock time, clamped to a shorter month, never rolled to a working day', () => {
    expect(instantPlusMonths('2026-01-13T10:00:00+03:00', 6)).toBe('2026-07-13T10:00:00.000+03:00');
    expect(instantPlusMonths('2026-08-31T23:30:00+03:00', 6)).toBe('2027-02-28T23:30:00.000+03:00');
    // 2026-07-11 is a Saturday: a maximum ends on it
    expect(instantPlusMonths('2026-01-11T08:00:00+03:00', 6)).toBe('2026-07-11T08:00:00.000+03:00');
  });
  it('before 2016 the end keeps the wall-clock time with the offset of its own day (winter EET to summer EEST)', () => {
    expect(instantPlusMonths('2015-01-10T10:00:00+02:00', 6)).toBe('2015-07-10T10:00:00.000+03:00');
  });
});
