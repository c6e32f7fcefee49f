/**
 * Conversion between Turkish calendar dates and ISO instants.
 * Turkey has kept UTC+3 all year since 2016-09-07 (no DST), so the offset is a constant;
 * the legal calendar holds no data before 2024, so older dates never reach this code via periods.
 */
import { addMonths, formatDate, fromDayNumber, IsoDate, parseDate } from './civilDate';

export const TURKEY_UTC_OFFSET = '+03:00';
const OFFSET_MS = 3 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** ISO instant with an explicit offset or `Z`, e.g. `2026-05-20T14:30:00+03:00`. */
export type IsoInstant = string;

export class InvalidInstantError extends Error {
  constructor(readonly input: unknown) {
    super(`Invalid instant: ${JSON.stringify(input)} (expected ISO 8601 with offset, e.g. 2026-05-20T14:30:00+03:00)`);
    this.name = 'InvalidInstantError';
  }
}

/** The last millisecond of a Turkish calendar day, the moment a period in days expires (BPMN `timeDate`). */
export function endOfDayInstant(date: IsoDate): IsoInstant {
  return `${formatDate(parseDate(date))}T23:59:59.999${TURKEY_UTC_OFFSET}`;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds of an absolute instant; an instant without offset is rejected (it would be host-zone dependent). */
export function instantToEpochMs(instant: IsoInstant): number {
  if (typeof instant !== 'string' || !INSTANT.test(instant)) throw new InvalidInstantError(instant);
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new InvalidInstantError(instant);
  return ms;
}

/** Formats epoch milliseconds as a Turkish-time ISO instant (`…+03:00`). */
export function epochMsToTurkeyInstant(ms: number): IsoInstant {
  const local = ms + OFFSET_MS;
  const dayNumber = Math.floor(local / DAY_MS);
  const msOfDay = local - dayNumber * DAY_MS;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const h = Math.floor(msOfDay / 3_600_000);
  const min = Math.floor((msOfDay % 3_600_000) / 60_000);
  const s = Math.floor((msOfDay % 60_000) / 1000);
  const milli = msOfDay % 1000;
  return `${formatDate(fromDayNumber(dayNumber))}T${pad(h)}:${pad(min)}:${pad(s)}.${pad(milli, 3)}${TURKEY_UTC_OFFSET}`;
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
  return `${addMonths(local.slice(0, 10), months)}${local.slice(10)}`;
}
