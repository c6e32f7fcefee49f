/**
 * Working days (iş günü): every day except Saturday, Sunday and full official holidays.
 * An arife half day is a working day for counting periods (brief E.2); callers can flag it with `holidayOn`.
 */
import { addDays, compareDates, IsoDate, isWeekend, weekday } from './civilDate';
import { holidayOn } from './holidays';

export function isWorkingDay(date: IsoDate): boolean {
  const holiday = holidayOn(date); // first, so a year without data throws even on weekends
  if (isWeekend(date)) return false;
  return holiday === undefined || holiday.kind === 'halfDay';
}

/** Why a date is not a working day (`undefined` if it is one); a holiday name wins over the weekday. */
export function nonWorkingReason(date: IsoDate): { tr: string; en: string } | undefined {
  const holiday = holidayOn(date);
  if (holiday && holiday.kind === 'full') return { tr: holiday.nameTr, en: holiday.nameEn };
  const day = weekday(date);
  if (day === 'Saturday') return { tr: 'Cumartesi', en: 'Saturday' };
  if (day === 'Sunday') return { tr: 'Pazar', en: 'Sunday' };
  return undefined;
}

/** The date itself if it is a working day, otherwise the next working day. */
export function nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** The date itself if it is a working day, otherwise the previous working day. */
export function previousWorkingDayOnOrBefore(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/**
 * The n-th working day after `date` (the day of the event itself never counts), n >= 1.
 * n = 0 returns `date`; negative n counts backwards.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let d = date;
  while (remaining > 0) {
    d = addDays(d, step);
    if (isWorkingDay(d)) remaining--;
  }
  return d;
}

/**
 * Working days in the half-open range (from, to]: days after `from` up to and including `to`.
 * This is the "working days left" until a due date as seen on `from`; negative when `to` is before `from`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const order = compareDates(from, to);
  if (order === 0) return 0;
  const [start, end, sign] = order < 0 ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let d = addDays(start, 1); compareDates(d, end) <= 0; d = addDays(d, 1)) {
    if (isWorkingDay(d)) count++;
  }
  return sign * count;
}
