/**
 * The web UI's date module (web/src/core/datetime.ts): the law's format and zone whatever the machine's.
 * This jest process runs in the machine's zone; every expectation holds in any zone because the module fixes Istanbul.
 */
import { formatDate, formatDateTime, formatTime, istanbulToday, localizeDates, maskDateInput, parseTurkishDate } from '../../web/src/core/datetime';

describe('dates as the law writes them', () => {
  it('shows calendar dates as dd.MM.yyyy without shifting them', () => {
    expect(formatDate('2026-12-03')).toBe('03.12.2026');
    expect(formatDateTime('2026-12-03')).toBe('03.12.2026');
  });

  it('shows instants on the Istanbul clock: 21:30 UTC is 00:30 the next day', () => {
    expect(formatDateTime('2026-12-31T21:30:00Z')).toBe('01.01.2027 00:30');
    expect(formatDate('2026-12-31T21:30:00Z')).toBe('01.01.2027');
    expect(formatTime('2026-06-01T09:05:00+03:00')).toBe('09:05');
    expect(formatDateTime('2027-01-04T23:59:59.999+03:00')).toBe('04.01.2027 23:59');
  });

  it('knows the Istanbul day of an instant', () => {
    expect(istanbulToday(Date.parse('2026-12-05T21:00:00Z'))).toBe('2026-12-06');
    expect(istanbulToday(Date.parse('2026-12-05T20:59:59Z'))).toBe('2026-12-05');
  });

  it('reads dd.MM.yyyy into ISO and refuses days that do not exist', () => {
    expect(parseTurkishDate('03.12.2026')).toBe('2026-12-03');
    expect(parseTurkishDate('30.02.2026')).toBeNull();
    expect(parseTurkishDate('12/03/2026')).toBeNull();
    expect(parseTurkishDate('3.12.2026')).toBeNull();
  });

  it('puts the dots in while typing', () => {
    expect(maskDateInput('03122026')).toBe('03.12.2026');
    expect(maskDateInput('0312')).toBe('03.12');
    expect(maskDateInput('03.')).toBe('03.');
    expect(maskDateInput('03.12.20261')).toBe('03.12.2026');
  });

  it('rewrites ISO dates inside a sentence', () => {
    expect(localizeDates('başvuru tarihi: 2026-12-03, son: 2027-01-04T23:59:59.999+03:00')).toBe('başvuru tarihi: 03.12.2026, son: 04.01.2027 23:59');
  });
});
