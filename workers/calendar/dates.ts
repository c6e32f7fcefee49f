import { IsoDate, parseDate, turkeyDateOf } from '../../law';
import { InvalidJobInputError } from '../support/job';

/**
 * The Turkish calendar day of an event variable: a date (`YYYY-MM-DD`, from a form) is taken as is;
 * an instant (e.g. `notifiedAt` from the notice worker, a message's `courtActionFiledAt`) is read in Turkish time.
 */
export function eventDay(value: unknown, name: string): IsoDate {
  if (typeof value !== 'string') throw new InvalidJobInputError(`variable ${name} is required (ISO date or instant)`);
  try {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      parseDate(value);
      return value;
    }
    return turkeyDateOf(value);
  } catch (e) {
    throw new InvalidJobInputError(`variable ${name}: ${(e as Error).message}`);
  }
}

/** A reminder is due at the start of office hours of its day, Turkish time (UTC+3 all year). */
export function officeMorning(date: IsoDate): string {
  return `${date}T09:00:00.000+03:00`;
}
