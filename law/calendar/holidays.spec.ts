import { bayramFor, bayramsInYear, holidayData, HolidayDataMissingError, holidayOn, holidayYears, provisionalBayramsAround, recordOfficialBayram } from './holidays';
import { clearOfficialOverrides } from './officialOverrides';
import { weekday } from './civilDate';

const FIXED_SINCE_2017 = ['01-01', '04-23', '05-01', '05-19', '07-15', '08-30', '10-28', '10-29'];

afterEach(() => clearOfficialOverrides());

describe('official holidays', () => {
  it('covers every year from 2014 to 2200 without an error; outside that range it says so', () => {
    for (let year = 2014; year <= 2200; year++) expect(holidayData(year).holidays.length).toBeGreaterThanOrEqual(14);
    expect(() => holidayOn('2013-05-01')).toThrow(HolidayDataMissingError);
    expect(() => holidayOn('2201-01-01')).toThrow(HolidayDataMissingError);
  });

  it.each([2017, 2026, 2028, 2040, 2050])('lists every fixed national day in %i, 28 October as a half day', (year) => {
    for (const md of FIXED_SINCE_2017) expect(holidayOn(`${year}-${md}`)?.entries.some((e) => e.group === 'national')).toBe(true);
    expect(holidayOn(`${year}-10-28`)?.entries.find((e) => e.group === 'national')?.kind).toBe('halfDay');
    expect(holidayOn(`${year}-10-29`)?.kind).toBe('full');
  });

  it('applies each national day from the date its statute took effect (15 July from Law No. 6752, 2016)', () => {
    // 15 July 2016 (a Friday) was before Law No. 6752: an ordinary day; from 2017 on it is a holiday
    expect(holidayOn('2016-07-15')).toBeUndefined();
    expect(holidayOn('2017-07-15')).toMatchObject({ kind: 'full', nameTr: 'Demokrasi ve Millî Birlik Günü', status: 'official' });
    expect(holidayOn('2017-07-15')?.entries[0].source).toMatch(/6752/);
    // 1 May is an official holiday since 2009 (Law No. 5892)
    expect(holidayOn('2014-05-01')?.entries[0].source).toMatch(/5892/);
  });

  it('has the 2026 bayrams as officially announced', () => {
    expect(holidayOn('2026-03-19')).toMatchObject({ kind: 'halfDay', nameTr: 'Ramazan Bayramı Arifesi', status: 'official' });
    for (const d of ['2026-03-20', '2026-03-21', '2026-03-22']) expect(holidayOn(d)).toMatchObject({ kind: 'full', nameTr: 'Ramazan Bayramı' });
    expect(holidayOn('2026-03-23')).toBeUndefined();
    expect(holidayOn('2026-05-26')).toMatchObject({ kind: 'halfDay', nameTr: 'Kurban Bayramı Arifesi' });
    for (const d of ['2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30']) expect(holidayOn(d)).toMatchObject({ kind: 'full', nameTr: 'Kurban Bayramı' });
    expect(holidayOn('2026-05-31')).toBeUndefined();
    expect(holidayOn('2026-05-27')?.entries[0].source).toMatch(/Diyanet/);
  });

  it('marks computed bayrams (from 2028) provisional, with the method as their source', () => {
    expect(holidayYears()).toEqual(Array.from({ length: 14 }, (_, i) => 2014 + i));
    const b2028 = bayramsInYear(2028);
    expect(b2028.map((b) => [b.group, b.status])).toEqual([['ramazan', 'provisional'], ['kurban', 'provisional']]);
    expect(b2028[0].source).toMatch(/Computed/);
    expect(holidayOn(b2028[0].firstDay)).toMatchObject({ status: 'provisional', kind: 'full' });
  });

  it('has two Ramazan Bayramı in 2033 (the Hijri year is shorter), each with its eve', () => {
    const ramazan = bayramsInYear(2033).filter((b) => b.group === 'ramazan');
    expect(ramazan).toHaveLength(2);
    expect(ramazan[1].hijriYear).toBe(ramazan[0].hijriYear + 1);
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

  it('names the provisional bayrams near a range, and none for a range of official years', () => {
    expect(provisionalBayramsAround('2026-01-01', '2027-12-31')).toEqual([]);
    const kurban2030 = bayramsInYear(2030).find((b) => b.group === 'kurban')!;
    expect(provisionalBayramsAround(kurban2030.lastDay, kurban2030.lastDay)).toEqual([kurban2030]);
    // two days of margin either side, not more
    const after = (n: number) => new Date(Date.parse(kurban2030.lastDay) + n * 86_400_000).toISOString().slice(0, 10);
    expect(provisionalBayramsAround(after(2), after(10))).toHaveLength(1);
    expect(provisionalBayramsAround(after(3), after(10))).toHaveLength(0);
  });

  it('an official date recorded later replaces the computed one and is no longer provisional', () => {
    const computed = bayramsInYear(2030).find((b) => b.group === 'ramazan')!;
    const announced = new Date(Date.parse(computed.firstDay) + 86_400_000).toISOString().slice(0, 10);
    const { before, after } = recordOfficialBayram({ group: 'ramazan', firstDay: announced, reference: 'RG 01.01.2029/12345', recordedBy: 'manager1', recordedAt: '2029-01-02T10:00:00.000Z' });
    expect(before).toMatchObject({ firstDay: computed.firstDay, status: 'provisional' });
    expect(after).toMatchObject({ firstDay: announced, status: 'official', hijriYear: computed.hijriYear });
    expect(after.source).toMatch(/manager1.*RG 01\.01\.2029\/12345/);
    expect(holidayOn(announced)).toMatchObject({ status: 'official', kind: 'full' });
    expect(() => bayramFor('kurban', announced)).toThrow(/No kurban bayram/);
  });
});
