/**
 * Calendar dates without a time of day or zone (y/m/d), as the law counts them.
 * Arithmetic goes through a day number (days since 1970-01-01), never through JS `Date`,
 * so host time zones and DST can never shift a legal date.
 */

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

export interface CivilDate {
  readonly y: number;
  readonly m: number; // 1..12
  readonly d: number; // 1..31
}

export class InvalidDateError extends Error {
  constructor(readonly input: unknown) {
    super(`Invalid calendar date: ${JSON.stringify(input)} (expected YYYY-MM-DD)`);
    this.name = 'InvalidDateError';
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function parseDate(iso: IsoDate): CivilDate {
  const match = typeof iso === 'string' ? ISO_DATE.exec(iso) : null;
  if (!match) throw new InvalidDateError(iso);
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new InvalidDateError(iso);
  return { y, m, d };
}

export function formatDate(date: CivilDate): IsoDate {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

/** Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil). */
export function toDayNumber({ y, m, d }: CivilDate): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return formatDate(fromDayNumber(toDayNumber(parseDate(iso)) + days));
}

/** Same-numbered day `months` later, clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const { y, m, d } = parseDate(iso);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return formatDate({ y: ty, m: tm, d: Math.min(d, daysInMonth(ty, tm)) });
}

export function addYears(iso: IsoDate, years: number): IsoDate {
  return addMonths(iso, years * 12);
}

/** Signed number of days from `a` to `b`. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(parseDate(b)) - toDayNumber(parseDate(a));
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return daysBetween(b, a);
}

export type Weekday = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';
const WEEKDAYS: Weekday[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** 1970-01-01 was a Thursday (index 3 with Monday = 0). */
export function weekday(iso: IsoDate): Weekday {
  const n = toDayNumber(parseDate(iso));
  return WEEKDAYS[(((n + 3) % 7) + 7) % 7];
}

export function isWeekend(iso: IsoDate): boolean {
  const w = weekday(iso);
  return w === 'Saturday' || w === 'Sunday';
}
