/**
 * Official holidays of Türkiye, from one bundled data file per year.
 * Religious holidays move every year, so a date in a year without a file is an error, never a guess.
 */
import data2024 from './holidays/2024.json';
import data2025 from './holidays/2025.json';
import data2026 from './holidays/2026.json';
import data2027 from './holidays/2027.json';
import { IsoDate, parseDate } from './civilDate';

/** `full` = no working day; `halfDay` = arife (eve), free from 13:00, counted as a working day for periods but flagged. */
export type HolidayKind = 'full' | 'halfDay';

export interface HolidayEntry {
  date: IsoDate;
  nameTr: string;
  nameEn: string;
  kind: HolidayKind;
  group: 'national' | 'ramazan' | 'kurban';
  /** Day of the bayram (1..4) for religious holidays. */
  day?: number;
}

export interface HolidayYearData {
  year: number;
  source: { national: string; religious: string; note?: string };
  holidays: HolidayEntry[];
}

/** A date's holiday status; several entries on one date (e.g. 19 May inside Kurban Bayramı 2027) are merged, full day winning. */
export interface Holiday {
  date: IsoDate;
  kind: HolidayKind;
  nameTr: string;
  nameEn: string;
  entries: HolidayEntry[];
}

export class HolidayDataMissingError extends Error {
  constructor(readonly year: number, readonly date: IsoDate) {
    super(`No official-holiday data for year ${year} (date ${date}); add law/calendar/holidays/${year}.json from the official announcement`);
    this.name = 'HolidayDataMissingError';
  }
}

const BUNDLED: HolidayYearData[] = [data2024, data2025, data2026, data2027] as HolidayYearData[];

const byYear = new Map<number, Map<IsoDate, Holiday>>();
for (const yearData of BUNDLED) {
  const days = new Map<IsoDate, Holiday>();
  for (const entry of yearData.holidays) {
    const existing = days.get(entry.date);
    if (!existing) {
      days.set(entry.date, { date: entry.date, kind: entry.kind, nameTr: entry.nameTr, nameEn: entry.nameEn, entries: [entry] });
      continue;
    }
    const entries = [...existing.entries, entry].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'full' ? -1 : 1));
    days.set(entry.date, {
      date: entry.date,
      kind: entries[0].kind,
      nameTr: entries.map((e) => e.nameTr).join(' / '),
      nameEn: entries.map((e) => e.nameEn).join(' / '),
      entries,
    });
  }
  byYear.set(yearData.year, days);
}

/** Years for which holiday data is bundled. */
export function holidayYears(): number[] {
  return [...byYear.keys()].sort((a, b) => a - b);
}

/** The raw data file of a year (source statement included). */
export function holidayData(year: number): HolidayYearData {
  const data = BUNDLED.find((d) => d.year === year);
  if (!data) throw new HolidayDataMissingError(year, `${year}-01-01`);
  return data;
}

/** The holiday on a date, or `undefined` for an ordinary day. Throws `HolidayDataMissingError` for a year without data. */
export function holidayOn(date: IsoDate): Holiday | undefined {
  const { y } = parseDate(date);
  const days = byYear.get(y);
  if (!days) throw new HolidayDataMissingError(y, date);
  return days.get(date);
}
