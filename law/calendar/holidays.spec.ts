import { holidayData, HolidayDataMissingError, holidayOn, holidayYears } from './holidays';
import { weekday } from './civilDate';

const FIXED = ['01-01', '04-23', '05-01', '05-19', '07-15', '08-30', '10-28', '10-29'];

describe('official holidays data', () => {
  it('bundles 2024 to 2027, each file stating its source', () => {
    expect(holidayYears()).toEqual([2024, 2025, 2026, 2027]);
    for (const year of holidayYears()) {
      expect(holidayData(year).source.religious).toMatch(/Diyanet/);
      expect(holidayData(year).source.national).toMatch(/2429/);
    }
  });

  it.each([2024, 2025, 2026, 2027])('lists every fixed national day in %i, 28 October as a half day', (year) => {
    for (const md of FIXED) expect(holidayOn(`${year}-${md}`)).toBeDefined();
    expect(holidayOn(`${year}-10-28`)?.kind).toBe('halfDay');
    expect(holidayOn(`${year}-10-29`)?.kind).toBe('full');
  });

  it('has the 2026 bayrams as officially announced', () => {
    // given the Diyanet calendar for 2026
    // when / then
    expect(holidayOn('2026-03-19')).toMatchObject({ kind: 'halfDay', nameTr: 'Ramazan Bayramı Arifesi' });
    for (const d of ['2026-03-20', '2026-03-21', '2026-03-22']) expect(holidayOn(d)).toMatchObject({ kind: 'full', nameTr: 'Ramazan Bayramı' });
    expect(holidayOn('2026-03-23')).toBeUndefined();
    expect(holidayOn('2026-05-26')).toMatchObject({ kind: 'halfDay', nameTr: 'Kurban Bayramı Arifesi' });
    for (const d of ['2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30']) expect(holidayOn(d)).toMatchObject({ kind: 'full', nameTr: 'Kurban Bayramı' });
    expect(holidayOn('2026-05-31')).toBeUndefined();
  });

  it('has the other years’ bayrams (Ramazan 3 days, Kurban 4 days, each after a half-day arife)', () => {
    const expected: Record<number, { ramazan: string; kurban: string }> = {
      2024: { ramazan: '2024-04-09', kurban: '2024-06-15' },
      2025: { ramazan: '2025-03-29', kurban: '2025-06-05' },
      2027: { ramazan: '2027-03-08', kurban: '2027-05-15' },
    };
    for (const [year, { ramazan, kurban }] of Object.entries(expected)) {
      const entries = holidayData(Number(year)).holidays;
      expect(entries.filter((h) => h.group === 'ramazan').map((h) => h.date)[0]).toBe(ramazan);
      expect(entries.filter((h) => h.group === 'ramazan' && h.kind === 'full')).toHaveLength(3);
      expect(entries.filter((h) => h.group === 'kurban').map((h) => h.date)[0]).toBe(kurban);
      expect(entries.filter((h) => h.group === 'kurban' && h.kind === 'full')).toHaveLength(4);
    }
  });

  it('merges two holidays on one day (19 May 2027 falls in Kurban Bayramı)', () => {
    const day = holidayOn('2027-05-19');
    expect(day?.kind).toBe('full');
    expect(day?.entries).toHaveLength(2);
    expect(day?.nameTr).toContain('Kurban Bayramı');
    expect(day?.nameTr).toContain('Atatürk');
  });

  it('returns nothing for an ordinary day', () => {
    expect(weekday('2026-06-02')).toBe('Tuesday');
    expect(holidayOn('2026-06-02')).toBeUndefined();
  });

  it('throws a typed error for a year without data instead of guessing', () => {
    // given no file for 2028 / when / then
    expect(() => holidayOn('2028-01-03')).toThrow(HolidayDataMissingError);
    let caught: unknown;
    try {
      holidayOn('2023-05-01');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(HolidayDataMissingError);
    expect((caught as HolidayDataMissingError).year).toBe(2023);
  });
});
