/**
 * Every date the calendar calls official, compared with an independent list written here by hand.
 * Source of the list: the Presidency of Religious Affairs (Diyanet İşleri Başkanlığı), "Dini Günler" calendars of
 * 2014–2027, cross-checked with the documentation of the PyPI `holidays` package (Turkey; its religious dates are
 * checked against Diyanet), and Law No. 2429 (as amended by Laws No. 5892 and 6752) for the fixed days.
 * Notation: arife (eve, half day) then the full days, day.month.
 */
import { holidayData, holidayYears } from './holidays';

const BAYRAMS: Record<number, { ramazan: string; kurban: string }> = {
  2014: { ramazan: '27.07 | 28.07 29.07 30.07', kurban: '03.10 | 04.10 05.10 06.10 07.10' },
  2015: { ramazan: '16.07 | 17.07 18.07 19.07', kurban: '23.09 | 24.09 25.09 26.09 27.09' },
  2016: { ramazan: '04.07 | 05.07 06.07 07.07', kurban: '11.09 | 12.09 13.09 14.09 15.09' },
  2017: { ramazan: '24.06 | 25.06 26.06 27.06', kurban: '31.08 | 01.09 02.09 03.09 04.09' },
  2018: { ramazan: '14.06 | 15.06 16.06 17.06', kurban: '20.08 | 21.08 22.08 23.08 24.08' },
  2019: { ramazan: '03.06 | 04.06 05.06 06.06', kurban: '10.08 | 11.08 12.08 13.08 14.08' },
  2020: { ramazan: '23.05 | 24.05 25.05 26.05', kurban: '30.07 | 31.07 01.08 02.08 03.08' },
  2021: { ramazan: '12.05 | 13.05 14.05 15.05', kurban: '19.07 | 20.07 21.07 22.07 23.07' },
  2022: { ramazan: '01.05 | 02.05 03.05 04.05', kurban: '08.07 | 09.07 10.07 11.07 12.07' },
  2023: { ramazan: '20.04 | 21.04 22.04 23.04', kurban: '27.06 | 28.06 29.06 30.06 01.07' },
  2024: { ramazan: '09.04 | 10.04 11.04 12.04', kurban: '15.06 | 16.06 17.06 18.06 19.06' },
  2025: { ramazan: '29.03 | 30.03 31.03 01.04', kurban: '05.06 | 06.06 07.06 08.06 09.06' },
  2026: { ramazan: '19.03 | 20.03 21.03 22.03', kurban: '26.05 | 27.05 28.05 29.05 30.05' },
  2027: { ramazan: '08.03 | 09.03 10.03 11.03', kurban: '15.05 | 16.05 17.05 18.05 19.05' },
};

/** Fixed days: full days, and 28 October as a half day; 15 July only from 2017 (Law No. 6752 of October 2016). */
function fixedDays(year: number): string[] {
  const full = ['01.01', '23.04', '01.05', '19.05', ...(year >= 2017 ? ['15.07'] : []), '30.08', '29.10'];
  return [...full.map((d) => `${d} full national`), '28.10 halfDay national'];
}

function expectedList(year: number): string[] {
  const { ramazan, kurban } = BAYRAMS[year];
  const bayram = (spec: string, group: string) => {
    const [eve, days] = spec.split(' | ');
    return [`${eve} halfDay ${group}`, ...days.split(' ').map((d) => `${d} full ${group}`)];
  };
  return [...fixedDays(year), ...bayram(ramazan, 'ramazan'), ...bayram(kurban, 'kurban')].sort();
}

describe('official dates against an independent list (Diyanet İşleri Başkanlığı; PyPI holidays documentation)', () => {
  it('the calendar calls exactly 2014–2027 official for the bayrams', () => {
    expect(holidayYears()).toEqual(Object.keys(BAYRAMS).map(Number));
  });

  it.each(Object.keys(BAYRAMS).map(Number))('%i: every official day matches the list, and nothing else is official', (year) => {
    const actual = holidayData(year)
      .holidays.filter((h) => h.status === 'official')
      .map((h) => `${h.date.slice(8, 10)}.${h.date.slice(5, 7)} ${h.kind} ${h.group}`)
      .sort();
    // a bayram eve in the previous December or days spilling into the next January do not occur 2014–2027
    expect(actual).toEqual(expectedList(year));
  });
});
