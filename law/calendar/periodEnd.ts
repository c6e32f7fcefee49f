/**
 * The end of a legal period (brief E.2), computed from a dated parameter.
 * - days: counting starts the day after the event; the period ends at the end of its last day.
 * - months/years: ends on the same-numbered day of the target month (clamped to the month's end).
 * - either way, a last day on a Saturday, Sunday or full official holiday rolls to the next working day;
 *   an arife half day is a working day and is only flagged.
 * - workingDays: the n-th working day after the event (never needs a roll-over).
 * - hours: an absolute instant (`start` must then be an ISO instant); no roll-over.
 * - count (a number of occurrences, Art. 77(1)(b)) is not a period and is refused.
 * - provisional: the result names every provisional (computed, not yet announced) bayram it depends on — the days
 *   the roll-over or the working-day count looked at, widened by two days — so the officer sees how certain it is.
 */
import { addDays, addMonths, addYears, formatDate, IsoDate, parseDate } from './civilDate';
import { endOfDayInstant, instantPlusHours, IsoInstant, turkeyDateOf } from './instant';
import { Bayram, holidayOn, provisionalBayramsAround } from './holidays';
import { addWorkingDays, nextWorkingDayOnOrAfter, nonWorkingReason } from './workingDays';
import { ParameterId } from '../parameters/catalogue';
import { getParameter, valueInForce } from '../parameters/registry';
import type { Unit } from '../parameters/types';

export interface PeriodRequest {
  /** Date of the triggering event (notification, registration, interview…); an ISO instant for `hours` parameters. */
  start: IsoDate | IsoInstant;
  parameter: ParameterId;
  /**
   * Date whose law applies (selects the parameter value, E.1). Defaults to the event date (`start`).
   * Pass it when the value must be the one in force at another date, e.g. the original decision date.
   */
  eventDate?: IsoDate;
}

export interface PeriodEnd {
  /** Last day of the period (Turkish calendar date). */
  dueDate: IsoDate;
  /** The instant the period expires: end of `dueDate` in Turkey (`…T23:59:59.999+03:00`), or start + n hours. For BPMN `timeDate`. */
  dueAt: IsoInstant;
  citation: string;
  parameter: ParameterId;
  value: number;
  unit: Unit;
  /** Enactment and effective date of the value used. */
  reference: string;
  effectiveFrom: IsoDate;
  /** The nominal last day, when it was not a working day and the period rolled over. */
  rolledOverFrom?: IsoDate;
  /** Why the nominal last day was not a working day (holiday name, or the weekday). */
  reason?: string;
  reasonEn?: string;
  /** Set when the due date is an arife half day: a working day, but offices close at 13:00. */
  halfDay?: { nameTr: string; nameEn: string };
  /** True when the due date depends on a provisional (computed) bayram date; see `provisionalHolidays`. */
  provisional: boolean;
  provisionalHolidays: ProvisionalHolidayRef[];
}

/** A provisional bayram a due date depends on, as written into process variables. */
export interface ProvisionalHolidayRef {
  group: 'ramazan' | 'kurban';
  hijriYear: number;
  nameTr: string;
  nameEn: string;
  /** The computed first day (to be confirmed). */
  firstDay: IsoDate;
  source: string;
}

export function provisionalRefs(bayrams: Bayram[]): ProvisionalHolidayRef[] {
  return bayrams.map((b) => ({ group: b.group, hijriYear: b.hijriYear, nameTr: b.nameTr, nameEn: b.nameEn, firstDay: b.firstDay, source: b.source }));
}

export class InvalidPeriodError extends Error {
  constructor(readonly subject: string, readonly detail: string) {
    super(`Cannot compute period for ${subject}: ${detail}`);
    this.name = 'InvalidPeriodError';
  }
}

export function periodEnd(request: PeriodRequest): PeriodEnd {
  const { parameter } = request;
  const isHours = getParameter(parameter).unit === 'hours';
  const eventDay = isHours ? turkeyDateOf(request.start) : formatDate(parseDate(request.start));
  const inForce = valueInForce(parameter, request.eventDate ?? eventDay);
  const base = {
    citation: inForce.citation,
    parameter,
    value: inForce.value,
    unit: inForce.unit,
    reference: inForce.reference,
    effectiveFrom: inForce.effectiveFrom,
  };

  return { ...base, ...periodEndFromValue(request.start, inForce.value, inForce.unit) };
}

export type ComputedEnd = Pick<PeriodEnd, 'dueDate' | 'dueAt' | 'rolledOverFrom' | 'reason' | 'reasonEn' | 'halfDay' | 'provisional' | 'provisionalHolidays'>;

function certainty(from: IsoDate, to: IsoDate): Pick<PeriodEnd, 'provisional' | 'provisionalHolidays'> {
  const bayrams = provisionalBayramsAround(from, to);
  return { provisional: bayrams.length > 0, provisionalHolidays: provisionalRefs(bayrams) };
}

/** The same counting for a value that is not a parameter (e.g. a renewal shorter than the maximum). */
export function periodEndFromValue(start: IsoDate | IsoInstant, value: number, unit: Unit): ComputedEnd {
  if (!Number.isInteger(value) || value < 0) throw new InvalidPeriodError(String(value), 'value must be a non-negative integer');
  if (unit === 'count') throw new InvalidPeriodError(String(value), 'a count of occurrences is not a period');
  if (unit === 'hours') {
    const dueAt = instantPlusHours(start, value);
    return { dueDate: dueAt.slice(0, 10), dueAt, provisional: false, provisionalHolidays: [] };
  }
  parseDate(start);
  if (unit === 'workingDays') {
    const dueDate = addWorkingDays(start, value);
    return { dueDate, dueAt: endOfDayInstant(dueDate), ...halfDayFlag(dueDate), ...certainty(addDays(start, 1), dueDate) };
  }
  const nominal = nominalLastDay(start, value, unit);
  const dueDate = nextWorkingDayOnOrAfter(nominal);
  const result: ComputedEnd = { dueDate, dueAt: endOfDayInstant(dueDate), ...halfDayFlag(dueDate), ...certainty(nominal, dueDate) };
  if (dueDate !== nominal) {
    const why = nonWorkingReason(nominal);
    result.rolledOverFrom = nominal;
    result.reason = why?.tr;
    result.reasonEn = why?.en;
  }
  return result;
}

function nominalLastDay(eventDay: IsoDate, value: number, unit: 'days' | 'months' | 'years'): IsoDate {
  switch (unit) {
    case 'days':
      return addDays(eventDay, value); // day 1 is the day after the event
    case 'months':
      return addMonths(eventDay, value);
    case 'years':
      return addYears(eventDay, value);
  }
}

function halfDayFlag(date: IsoDate): Pick<PeriodEnd, 'halfDay'> {
  const holiday = holidayOn(date);
  return holiday && holiday.kind === 'halfDay' ? { halfDay: { nameTr: holiday.nameTr, nameEn: holiday.nameEn } } : {};
}
