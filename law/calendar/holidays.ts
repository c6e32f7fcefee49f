/**
 * Official holidays of Türkiye for every year from 2014 (Law No. 6458's procedures) to 2200.
 * - Fixed national days come from Law No. 2429 with the date each took effect (holidays/national-days.json).
 * - Ramazan and Kurban Bayramı: the date the Presidency of Religious Affairs announced (holidays/religious-official.json),
 *   or one recorded later by an authority (officialOverrides.ts); otherwise computed (hijri.ts) and marked
 *   `provisional`. A legal deadline therefore always gets a date, and says how certain it is.
 */
import nationalDays from './holidays/national-days.json';
import religiousOfficial from './holidays/religious-official.json';
import { addDays, compareDates, daysBetween, IsoDate, parseDate } from './civilDate';
import { computedBayrams, hijriYearsTouching } from './hijri';
import { officialOverride, onOverridesChanged, RecordedBayram, setOfficialOverride } from './officialOverrides';

/** `full` = no working day; `halfDay` = arife (eve), free from 13:00, counted as a working day for periods but flagged. */
export type HolidayKind = 'full' | 'halfDay';
export type HolidayGroup = 'national' | 'ramazan' | 'kurban';
/** `official`: announced (or recorded by the authority); `provisional`: computed, to be confirmed. */
export type HolidayStatus = 'official' | 'provisional';

export interface HolidayEntry {
  date: IsoDate;
  nameTr: string;
  nameEn: string;
  kind: HolidayKind;
  group: HolidayGroup;
  /** Day of the bayram (1..4) for religious holidays. */
  day?: number;
  status: HolidayStatus;
  /** Where the date comes from (statute, announcement, recorded Official Gazette reference, or the computation). */
  source: string;
  /** Hijri year of a religious holiday (identifies the bayram, e.g. 2033 has two Ramazan Bayramı). */
  hijriYear?: number;
}

export interface HolidayYearData {
  year: number;
  source: { national: string; religious: string };
  holidays: HolidayEntry[];
}

/** A date's holiday status; several entries on one date (e.g. 19 May inside Kurban Bayramı 2027) are merged, full day winning. */
export interface Holiday {
  date: IsoDate;
  kind: HolidayKind;
  nameTr: string;
  nameEn: string;
  /** `provisional` when any entry on the date is. */
  status: HolidayStatus;
  entries: HolidayEntry[];
}

/** One bayram (eve + days) as a unit: what a provisional mark on a deadline points to. */
export interface Bayram {
  group: 'ramazan' | 'kurban';
  hijriYear: number;
  /** First full day. */
  firstDay: IsoDate;
  /** The eve (half day). */
  arife: IsoDate;
  lastDay: IsoDate;
  status: HolidayStatus;
  source: string;
  nameTr: string;
  nameEn: string;
}

export const FIRST_CALENDAR_YEAR = 2014;
export const LAST_CALENDAR_YEAR = 2200;

/** A date outside the calendar's range (before Law No. 6458's procedures, or past 2200). */
export class HolidayDataMissingError extends Error {
  constructor(readonly year: number, readonly date: IsoDate) {
    super(`The legal calendar covers ${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}; date ${date} is outside it`);
    this.name = 'HolidayDataMissingError';
  }
}

const NAMES = {
  ramazan: { tr: 'Ramazan Bayramı', en: 'Ramadan Feast', days: 3 },
  kurban: { tr: 'Kurban Bayramı', en: 'Feast of Sacrifice', days: 4 },
} as const;

const OFFICIAL_BY_HIJRI = new Map(religiousOfficial.years.map((y) => [y.hijriYear, y]));

/** The bayrams of one Hijri year: announced, recorded later, or computed. */
export function bayramsOfHijriYear(hijriYear: number): Bayram[] {
  const announced = OFFICIAL_BY_HIJRI.get(hijriYear);
  const computed = computedBayrams(hijriYear);
  return (['ramazan', 'kurban'] as const).map((group) => {
    const recorded = officialOverride(hijriYear, group);
    let firstDay: IsoDate;
    let status: HolidayStatus;
    let source: string;
    if (recorded) {
      [firstDay, status, source] = [recorded.firstDay, 'official', `Recorded by ${recorded.recordedBy} on ${recorded.recordedAt.slice(0, 10)}: ${recorded.reference}`];
    } else if (announced) {
      [firstDay, status, source] = [announced[group], 'official', `Diyanet İşleri Başkanlığı, Dini Günler ${announced.year}`];
    } else {
      [firstDay, status, source] = [computed[group], 'provisional', 'Computed (astronomical new moon, law/calendar/hijri.ts); to be confirmed by the official announcement'];
    }
    const n = NAMES[group];
    return { group, hijriYear, firstDay, arife: addDays(firstDay, -1), lastDay: addDays(firstDay, n.days - 1), status, source, nameTr: n.tr, nameEn: n.en };
  });
}

function bayramEntries(b: Bayram): HolidayEntry[] {
  const common = { group: b.group, status: b.status, source: b.source, hijriYear: b.hijriYear };
  const entries: HolidayEntry[] = [{ date: b.arife, nameTr: `${b.nameTr} Arifesi`, nameEn: `Eve of ${b.nameEn}`, kind: 'halfDay', ...common }];
  for (let day = 1; day <= NAMES[b.group].days; day++) {
    entries.push({ date: addDays(b.firstDay, day - 1), nameTr: b.nameTr, nameEn: b.nameEn, kind: 'full', day, ...common });
  }
  return entries;
}

const bayramCache = new Map<number, Bayram[]>();
onOverridesChanged(() => bayramCache.clear());

/** Every bayram with at least one day (eve included) in Gregorian `year`. */
export function bayramsInYear(year: number): Bayram[] {
  let bayrams = bayramCache.get(year);
  if (!bayrams) bayramCache.set(year, (bayrams = computeBayramsInYear(year)));
  return bayrams;
}

function computeBayramsInYear(year: number): Bayram[] {
  const years = hijriYearsTouching(year);
  const candidates = [years[0] - 1, ...years, years[years.length - 1] + 1];
  return candidates
    .flatMap(bayramsOfHijriYear)
    .filter((b) => parseDate(b.arife).y === year || parseDate(b.lastDay).y === year)
    .sort((a, b) => compareDates(a.arife, b.arife));
}

function nationalEntries(year: number): HolidayEntry[] {
  return nationalDays.days
    .filter((d) => compareDates(`${year}-${d.monthDay}`, d.since) >= 0)
    .map((d) => ({ date: `${year}-${d.monthDay}`, nameTr: d.nameTr, nameEn: d.nameEn, kind: d.kind as HolidayKind, group: 'national' as const, status: 'official' as const, source: d.source }));
}

function checkYear(year: number, date: IsoDate): void {
  if (year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) throw new HolidayDataMissingError(year, date);
}

const yearCache = new Map<number, { data: HolidayYearData; days: Map<IsoDate, Holiday> }>();
onOverridesChanged(() => yearCache.clear());

function loadYear(year: number) {
  const cached = yearCache.get(year);
  if (cached) return cached;
  const entries = [...nationalEntries(year), ...bayramsInYear(year).flatMap(bayramEntries)].filter((e) => parseDate(e.date).y === year);
  entries.sort((a, b) => compareDates(a.date, b.date));
  const days = new Map<IsoDate, Holiday>();
  for (const entry of entries) {
    const existing = days.get(entry.date)?.entries ?? [];
    const merged = [...existing, entry].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'full' ? -1 : 1));
    days.set(entry.date, {
      date: entry.date,
      kind: merged[0].kind,
      nameTr: merged.map((e) => e.nameTr).join(' / '),
      nameEn: merged.map((e) => e.nameEn).join(' / '),
      status: merged.some((e) => e.status === 'provisional') ? 'provisional' : 'official',
      entries: merged,
    });
  }
  const data: HolidayYearData = { year, source: { national: nationalDays.statute, religious: religiousOfficial.source }, holidays: entries };
  const loaded = { data, days };
  yearCache.set(year, loaded);
  return loaded;
}

/** Years whose religious holidays were officially announced when this calendar was bundled. */
export function holidayYears(): number[] {
  return religiousOfficial.years.map((y) => y.year);
}

/** Every holiday of a year (fixed days and bayrams) with status and source. */
export function holidayData(year: number): HolidayYearData {
  checkYear(year, `${year}-01-01`);
  return loadYear(year).data;
}

/** The holiday on a date, or `undefined` for an ordinary day. Throws only outside 2014–2200. */
export function holidayOn(date: IsoDate): Holiday | undefined {
  const { y } = parseDate(date);
  checkYear(y, date);
  return loadYear(y).days.get(date);
}

/**
 * Provisional bayrams that a computation over the days `from`…`to` depends on: those whose eve-to-last-day span,
 * widened by `marginDays` on each side (a computed date may be a day or two off), meets the range.
 */
export function provisionalBayramsAround(from: IsoDate, to: IsoDate, marginDays = 2): Bayram[] {
  const [lo, hi] = compareDates(from, to) <= 0 ? [from, to] : [to, from];
  const years = new Set<number>();
  for (let y = parseDate(lo).y - 1; y <= parseDate(hi).y + 1; y++) if (y >= FIRST_CALENDAR_YEAR && y <= LAST_CALENDAR_YEAR) years.add(y);
  const seen = new Map<string, Bayram>();
  for (const y of years) {
    for (const b of bayramsInYear(y)) {
      if (b.status !== 'provisional') continue;
      if (compareDates(addDays(b.arife, -marginDays), hi) <= 0 && compareDates(addDays(b.lastDay, marginDays), lo) >= 0) seen.set(`${b.hijriYear}-${b.group}`, b);
    }
  }
  return [...seen.values()].sort((a, b) => compareDates(a.arife, b.arife));
}

export class BayramNotFoundError extends Error {
  constructor(readonly group: string, readonly firstDay: IsoDate) {
    super(`No ${group} bayram is expected within 5 days of ${firstDay}; check the date`);
    this.name = 'BayramNotFoundError';
  }
}

/**
 * Which bayram an announced first day belongs to: the one of that group whose current date (announced or computed)
 * is nearest, within 5 days. Guards against a date typed into the wrong year or group.
 */
export function bayramFor(group: 'ramazan' | 'kurban', firstDay: IsoDate): Bayram {
  const { y } = parseDate(firstDay);
  checkYear(y, firstDay);
  const distance = (b: Bayram) => Math.abs(daysBetween(b.firstDay, firstDay));
  const match = bayramsInYear(y)
    .concat(y < LAST_CALENDAR_YEAR ? bayramsInYear(y + 1) : [])
    .filter((b) => b.group === group && distance(b) <= 5)
    .sort((a, b) => distance(a) - distance(b))[0];
  if (!match) throw new BayramNotFoundError(group, firstDay);
  return match;
}

/** Records the official first day of a bayram; returns the bayram as it was and as it is now. */
export function recordOfficialBayram(entry: Omit<RecordedBayram, 'hijriYear'>): { before: Bayram; after: Bayram } {
  const before = bayramFor(entry.group, entry.firstDay);
  setOfficialOverride({ ...entry, hijriYear: before.hijriYear });
  const after = bayramsOfHijriYear(before.hijriYear).find((b) => b.group === entry.group)!;
  return { before, after };
}
