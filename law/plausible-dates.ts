/**
 * Plausibility of the dates an officer enters: every date a procedure counts a period from is a day that has
 * happened, on or after the day Law No. 6458's procedures apply; a date of birth is a past day of a living person.
 * A wrong notification or event date silently moves every legal deadline after it, so it is refused at the field.
 *
 * Pure and import-free: the server's start/completion checks and the browser's forms share this one table.
 * "Today" is the caller's Istanbul calendar day (YYYY-MM-DD).
 */

/** Procedural provisions of Law No. 6458 in force one year after publication (Art. 125(1)(b)). */
export const LAW_APPLIES_FROM = '2014-04-11';
export const LAW_APPLIES_CITATION = 'Art. 125(1)(b)';

/** Oldest plausible age, in years, of a person whose case is opened. */
export const MAX_AGE_YEARS = 120;

export type DateProblemCode = 'invalid' | 'future' | 'beforeLaw' | 'birthFuture' | 'birthTooOld';

export interface DateProblem {
  /** Dotted path of the variable (`applicant.dateOfBirth`). */
  path: string;
  /** Field name as the variable names it (last path segment). */
  field: string;
  code: DateProblemCode;
  /** The limit the value crossed (YYYY-MM-DD). */
  limit: string;
}

/** Scheduling dates lie ahead by nature: not events. */
const NOT_EVENTS = new Set(['dueDate', 'followUpDate']);

/** How a variable is checked, by its name: birth dates, and event dates (any other `…Date`, or `…EstablishedOn`). */
export function dateKindOf(name: string): 'birth' | 'event' | null {
  if (name === 'dateOfBirth') return 'birth';
  if (NOT_EVENTS.has(name)) return null;
  return /(Date|EstablishedOn)$/.test(name) ? 'event' : null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(iso: string): boolean {
  const m = ISO.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** `today` minus whole years, as a calendar date (29 February falls back to 28 February). */
function yearsBefore(today: string, years: number): string {
  const y = String(Number(today.slice(0, 4)) - years).padStart(4, '0');
  const md = today.slice(5) === '02-29' ? '02-28' : today.slice(5);
  return `${y}-${md}`;
}

/** The problem of one value, or null. Values that are not strings, and empty strings, are not dates to check here. */
export function checkDate(kind: 'birth' | 'event', value: unknown, today: string): { code: DateProblemCode; limit: string } | null {
  if (typeof value !== 'string' || value === '') return null;
  // Event dates may arrive as instants (…T…); their calendar day is what periods count from.
  const day = kind === 'event' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
  if (!isRealDay(day)) return { code: 'invalid', limit: '' };
  if (kind === 'birth') {
    if (day > today) return { code: 'birthFuture', limit: today };
    const oldest = yearsBefore(today, MAX_AGE_YEARS);
    if (day <= oldest) return { code: 'birthTooOld', limit: oldest };
    return null;
  }
  if (day > today) return { code: 'future', limit: today };
  if (day < LAW_APPLIES_FROM) return { code: 'beforeLaw', limit: LAW_APPLIES_FROM };
  return null;
}

/** Every implausible date in a variables object, nested objects included (`applicant.dateOfBirth`). */
export function implausibleDates(variables: Record<string, unknown>, today: string, prefix = ''): DateProblem[] {
  const out: DateProblem[] = [];
  for (const [name, value] of Object.entries(variables ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      out.push(...implausibleDates(value as Record<string, unknown>, today, path));
      continue;
    }
    const kind = dateKindOf(name);
    const problem = kind ? checkDate(kind, value, today) : null;
    if (problem) out.push({ path, field: name, ...problem });
  }
  return out;
}

/** The server's wording of a problem (English, like the other contract messages; the UI words its own). */
export function describeDateProblem(p: DateProblem): string {
  switch (p.code) {
    case 'invalid':
      return `${p.field} must be a calendar date YYYY-MM-DD`;
    case 'future':
      return `${p.field} must not be in the future (today in Istanbul is ${p.limit})`;
    case 'beforeLaw':
      return `${p.field} must not be before ${p.limit}, when Law No. 6458 applies (${LAW_APPLIES_CITATION})`;
    case 'birthFuture':
      return `${p.field} must not be in the future (today in Istanbul is ${p.limit})`;
    case 'birthTooOld':
      return `${p.field} must be after ${p.limit} (age under ${MAX_AGE_YEARS})`;
  }
}
