/**
 * Conversion between Turkish calendar dates and ISO instants.
 * Turkey has kept UTC+3 all year since 2016 (summer time that began on 27 March 2016 was never ended, decree of
 * 8 September 2016 [K]). Before that it used EET (UTC+2) with summer time (UTC+3) from the last Sunday of March to
 * the last Sunday of October at 01:00 UTC, shifted in 2011 (28 March), 2014 (31 March) and 2015 (8 November) for
 * exams and elections [K]. The legal calendar starts in 2014, so cases migrated from 2014–2016 get the offset of the day.
 */
import { addMonths, formatDate, fromDayNumber, IsoDate, parseDate } from './civilDate';

/** Türkiye's UTC offset since 2016 (see above for earlier years). */
export const TURKEY_UTC_OFFSET = '+03:00';
const DAY_MS = 24 * 60 * 60 * 1000;

/** ISO instant with an explicit offset or `Z`, e.g. `2026-05-20T14:30:00+03:00`. */
export type IsoInstant = string;

export class InvalidInstantError extends Error {
  constructor(readonly input: unknown) {
    super(`Invalid instant: ${JSON.stringify(input)} (expected ISO 8601 with offset, e.g. 2026-05-20T14:30:00+03:00)`);
    this.name = 'InvalidInstantError';
  }
}

const PERMANENT_UTC3_FROM = Date.UTC(2016, 2, 27, 1);
/** Summer-time start and end (UTC) where Turkey departed from the EU rule [K]. */
const SUMMER_EXCEPTIONS: Record<number, { start?: number; end?: number }> = {
  2011: { start: Date.UTC(2011, 2, 28, 1) },
  2014: { start: Date.UTC(2014, 2, 31, 1) },
  2015: { end: Date.UTC(2015, 10, 8, 1) },
};

function lastSundayUtc(year: number, month0: number): number {
  const last = new Date(Date.UTC(year, month0 + 1, 0));
  return Date.UTC(year, month0, last.getUTCDate() - last.getUTCDay(), 1);
}

/** Turkey's UTC offset in hours at an instant. */
export function turkeyOffsetHoursAt(epochMs: number): 2 | 3 {
  if (epochMs >= PERMANENT_UTC3_FROM) return 3;
  const year = new Date(epochMs).getUTCFullYear();
  const start = SUMMER_EXCEPTIONS[year]?.start ?? lastSundayUtc(year, 2);
  const end = SUMMER_EXCEPTIONS[year]?.end ?? lastSundayUtc(year, 9);
  return epochMs >= start && epochMs < end ? 3 : 2;
}

const offsetText = (hours: number) => `+0${hours}:00`;

/** The last millisecond of a Turkish calendar day, the moment a period in days expires (BPMN `timeDate`). */
export function endOfDayInstant(date: IsoDate): IsoInstant {
  const { y, m, d } = parseDate(date);
  // the offset in force at the end of that day (a change happens at night, before 04:00 local)
  const hours = turkeyOffsetHoursAt(Date.UTC(y, m - 1, d, 21, 59, 59, 999));
  return `${formatDate({ y, m, d })}T23:59:59.999${offsetText(hours)}`;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds of an absolute instant; an instant without offset is rejected (it would be host-zone dependent). */
export function instantToEpochMs(instant: IsoInstant): number {
  if (typeof instant !== 'string' || !INSTANT.test(instant)) throw new InvalidInstantError(instant);
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new InvalidInstantError(instant);
  return ms;
}

/** Formats epoch milliseconds as a Turkish-time ISO instant (`…+03:00`; `+02:00` in winters before 2016). */
export function epochMsToTurkeyInstant(ms: number): IsoInstant {
  const hours = turkeyOffsetHoursAt(ms);
  const local = ms + hours * 3_600_000;
  const dayNumber = Math.floor(local / DAY_MS);
  const msOfDay = local - dayNumber * DAY_MS;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const h = Math.floor(msOfDay / 3_600_000);
  const min = Math.floor((msOfDay % 3_600_000) / 60_000);
  const s = Math.floor((msOfDay % 60_000) / 1000);
  const milli = msOfDay % 1000;
  return `${formatDate(fromDayNumber(dayNumber))}T${pad(h)}:${pad(min)}:${pad(s)}.${pad(milli, 3)}${offsetText(hours)}`;
}

/** The Turkish calendar date on which an instant falls. */
export function turkeyDateOf(instant: IsoInstant): IsoDate {
  return epochMsToTurkeyInstant(instantToEpochMs(instant)).slice(0, 10);
}

/**
 * An instant `hours` later: statutory periods in hours (Art. 57(1), (2): 48 hours; Art. 97(1): 4 hours) run
 * from the moment of the event, never on the legal calendar of days, and do not roll over holidays.
 */
export function instantPlusHours(instant: IsoInstant, hours: number): IsoInstant {
  if (!Number.isInteger(hours) || hours < 0) throw new RangeError(`hours must be a non-negative integer, got ${hours}`);
  return epochMsToTurkeyInstant(instantToEpochMs(instant) + hours * 3_600_000);
}

/**
 * The same Turkish wall-clock time on the same-numbered day `months` later (clamped to a shorter month's end):
 * the end of a maximum term such as removal detention (Art. 57(3)). A maximum never rolls forward to a working day.
 */
export function instantPlusMonths(instant: IsoInstant, months: number): IsoInstant {
  const local = epochMsToTurkeyInstant(instantToEpochMs(instant));
  const wallClock = `${addMonths(local.slice(0, 10), months)}${local.slice(10, -6)}`;
  // before 2016 the target day may have the other offset (EET/EEST): keep the wall-clock time, take that day's offset
  const hours = turkeyOffsetHoursAt(Date.parse(`${wallClock}Z`) - 3 * 3_600_000);
  return `${wallClock}${offsetText(hours)}`;
}
