/**
 * Cron expressions for timeCycle, as Zeebe (Camunda 8.1+) accepts them: Spring 5.3's six fields
 *
 *   second minute hour day-of-month month day-of-week
 *
 * with `*`, lists, ranges, steps, `?` (day fields only), JAN–DEC / MON–SUN names (any case), 0 or 7 for
 * Sunday, the macros @yearly @annually @monthly @weekly @daily @midnight @hourly, and Spring's Quartz
 * extras: `L`, `L-n`, `LW`, `nW` in day-of-month; `dL` (last d of the month) and `d#n` (n-th d) in
 * day-of-week. Zeebe parses these with cron-utils' SPRING53 definition in the broker's zone; Camunda
 * documents and runs that zone as UTC, so everything here is UTC and daylight saving never applies.
 *
 * Day-of-month and day-of-week must both match (Spring ANDs them, unlike Vixie cron's OR); `*` and `?`
 * match every day. Where Spring and cron-utils disagree, input that Zeebe accepts with a clear meaning is
 * accepted (lowercase L and W, `L` alone for Sunday; also `1-5/7`, which only a cron-utils bug refuses), and
 * input that Spring refuses and cron-utils misreads is refused (backward ranges, `2L`, `/2`): a deploy error
 * beats a timer that fires at other times than the model says. Day-of-week steps (`*` + `/2` starts on Sunday) and SUN-SUN follow
 * cron-utils, which Zeebe runs; everything else follows Spring's documentation.
 */

const FIELD_NAMES = ['second', 'minute', 'hour', 'day-of-month', 'month', 'day-of-week'] as const;
type FieldName = (typeof FIELD_NAMES)[number];

const MACROS: Record<string, string> = {
  '@yearly': '0 0 0 1 1 *',
  '@annually': '0 0 0 1 1 *',
  '@monthly': '0 0 0 1 * *',
  '@weekly': '0 0 0 * * 0',
  '@daily': '0 0 0 * * *',
  '@midnight': '0 0 0 * * *',
  '@hourly': '0 0 * * * *',
};

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAY_NAMES = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']; // 1..7, as Spring numbers them

/** The Gregorian calendar, weekdays included, repeats every 400 years (146,097 days = 20,871 weeks). */
const CYCLE_DAYS = 146_097;

export class CronParseError extends Error {}

/** The message of an expression that parses but matches no date at all. */
export const NEVER_FIRES = 'never fires: no date matches its day-of-month, month and day-of-week fields together';

interface Range {
  name: FieldName;
  min: number;
  max: number;
  /** What `*` spans before a step: cron-utils counts day-of-week from 0, so `*` + `/2` is SUN,TUE,THU,SAT. */
  starMin: number;
  names?: string[];
  /** Index of the first name: JAN = 1, MON = 1. */
  nameBase?: number;
}

const SECOND: Range = { name: 'second', min: 0, max: 59, starMin: 0 };
const MINUTE: Range = { name: 'minute', min: 0, max: 59, starMin: 0 };
const HOUR: Range = { name: 'hour', min: 0, max: 23, starMin: 0 };
const DAY_OF_MONTH: Range = { name: 'day-of-month', min: 1, max: 31, starMin: 1 };
const MONTH: Range = { name: 'month', min: 1, max: 12, starMin: 1, names: MONTH_NAMES, nameBase: 1 };
const DAY_OF_WEEK: Range = { name: 'day-of-week', min: 0, max: 7, starMin: 0, names: DAY_NAMES, nameBase: 1 };

/** A day rule sees the date, the month's length and the weekday (0 = Sunday, as getUTCDay). */
type DayRule = (year: number, month: number, day: number, monthLength: number, weekday: number) => boolean;

const fail = (field: FieldName, message: string): never => {
  throw new CronParseError(`${field}: ${message}`);
};

function value(text: string, r: Range): number {
  let n: number;
  if (/^\+?\d+$/.test(text)) n = Number(text); // Java parseInt, which Spring and cron-utils use, takes a leading +
  else {
    const i = r.names?.indexOf(text.toUpperCase()) ?? -1;
    if (i < 0) return fail(r.name, `'${text}' is not a number${r.names ? ` or a name (${r.names[0]}-${r.names[r.names.length - 1]})` : ''}`);
    n = i + r.nameBase!;
  }
  if (n < r.min || n > r.max) fail(r.name, `${n} is out of range ${r.min}-${r.max}`);
  return n;
}

/** Marks the values of one list element: `*`, `n`, `a-b`, each with an optional `/step`. */
function markElement(part: string, r: Range, set: boolean[]): void {
  const slash = part.split('/');
  if (slash.length > 2) fail(r.name, `'${part}' has more than one '/'`);
  const [base, stepText] = slash;
  let lo: number;
  let hi: number;
  if (base === '*') {
    lo = stepText === undefined ? r.min : r.starMin;
    hi = r.max;
  } else {
    const dash = base.split('-');
    if (dash.length > 2 || dash.some((p) => p === '')) fail(r.name, `'${base}' is not a value or a range a-b`);
    lo = value(dash[0], r);
    hi = dash.length === 2 ? value(dash[1], r) : stepText === undefined ? lo : r.max;
    // Sunday is 7 and 0: a range or step that starts on Sunday starts at 0 (SUN-FRI, SUN/2), but SUN-SUN is Sunday.
    if (r === DAY_OF_WEEK && lo === 7 && (hi !== 7 || (stepText !== undefined && dash.length === 1))) lo = 0;
    if (lo > hi) fail(r.name, `range ${base} runs backwards`);
  }
  let step = 1;
  if (stepText !== undefined) {
    if (!/^\d+$/.test(stepText)) fail(r.name, `step '${stepText}' is not a number`);
    step = Number(stepText);
    if (step < 1 || step > r.max) fail(r.name, `step ${step} must be between 1 and ${r.max}`);
  }
  for (let v = lo; v <= hi; v += step) set[v] = true;
}

/** A plain field (no Quartz extras) as a membership array indexed by value. */
function bits(text: string, r: Range): boolean[] {
  if (text === '?') fail(r.name, `'?' is only allowed in day-of-month and day-of-week`);
  const set: boolean[] = [];
  for (const part of text.split(',')) {
    if (part === '') fail(r.name, `empty element in list '${text}'`);
    markElement(part, r, set);
  }
  return set;
}

const DAY_MS = 86_400_000;
/** 0 = Sunday; 1970-01-01 was a Thursday. */
const weekdayOf = (y: number, m: number, d: number) => (((Date.UTC(y, m - 1, d) / DAY_MS + 4) % 7) + 7) % 7;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);

/** Day-of-month: numbers and ranges, L (last day), L-n (n days before it), LW (last weekday), nW (weekday nearest n). */
function dayOfMonth(text: string): DayRule | undefined {
  if (text === '*' || text === '?') return undefined;
  const plain: boolean[] = [];
  const rules: DayRule[] = [];
  for (const part of text.split(',')) {
    if (part === '') fail('day-of-month', `empty element in list '${text}'`);
    const upper = part.toUpperCase();
    let m: RegExpExecArray | null;
    if (upper === 'L') rules.push((_y, _m, d, len) => d === len);
    else if ((m = /^L-(\d+)$/.exec(upper))) {
      const offset = Number(m[1]);
      if (offset < 1 || offset > 30) fail('day-of-month', `offset in '${part}' must be between 1 and 30`);
      rules.push((_y, _m, d, len) => d === len - offset);
    } else if (upper === 'LW') {
      rules.push((y, mo, d, len) => d === lastWeekday(y, mo, len));
    } else if ((m = /^(\d+)W$/.exec(upper))) {
      const n = value(m[1], DAY_OF_MONTH);
      rules.push((y, mo, d, len) => nearestWeekday(y, mo, n, len) === d);
    } else if (/[LW]/.test(upper)) {
      fail('day-of-month', `'${part}' is not L, L-n, LW or nW`);
    } else markElement(part, DAY_OF_MONTH, plain);
  }
  if (plain.length) rules.push((_y, _m, d) => plain[d] === true);
  return rules.length === 1 ? rules[0] : (y, mo, d, len, wd) => rules.some((rule) => rule(y, mo, d, len, wd));
}

function lastWeekday(y: number, m: number, len: number): number {
  const wd = weekdayOf(y, m, len);
  return wd === 6 ? len - 1 : wd === 0 ? len - 2 : len;
}

/**
 * The weekday nearest to day n of the month, never leaving the month (Quartz's rule, which Spring documents):
 * a Saturday moves to Friday, or to Monday the 3rd for the 1st; a Sunday moves to Monday, or to Friday for the last day.
 * A month without day n has no match.
 */
function nearestWeekday(y: number, m: number, n: number, len: number): number | undefined {
  if (n > len) return undefined;
  const wd = weekdayOf(y, m, n);
  if (wd === 6) return n === 1 ? 3 : n - 1;
  if (wd === 0) return n === len ? n - 2 : n + 1;
  return n;
}

/** Day-of-week: numbers, names, ranges and steps (0 and 7 are Sunday), dL / DDDL (last d of the month), d#n (n-th d). */
function dayOfWeek(text: string): DayRule | undefined {
  if (text === '*' || text === '?') return undefined;
  const plain: boolean[] = [];
  const rules: DayRule[] = [];
  const weekday = (t: string) => value(t, DAY_OF_WEEK) % 7;
  for (const part of text.split(',')) {
    if (part === '') fail('day-of-week', `empty element in list '${text}'`);
    const upper = part.toUpperCase();
    let m: RegExpExecArray | null;
    if (upper === 'L') {
      // "The last day of the week" as cron-utils reads it: every Sunday.
      plain[0] = true;
    } else if ((m = /^(\w+?)L$/.exec(upper))) {
      const wd = weekday(m[1]);
      rules.push((_y, _m, d, len, w) => w === wd && d > len - 7);
    } else if ((m = /^(\w+)#(\d+)$/.exec(upper))) {
      const wd = weekday(m[1]);
      const nth = Number(m[2]);
      if (nth < 1 || nth > 5) fail('day-of-week', `'${part}': the ordinal after '#' must be between 1 and 5`);
      rules.push((_y, _m, d, _len, w) => w === wd && Math.ceil(d / 7) === nth);
    } else if (part.includes('#')) {
      fail('day-of-week', `'${part}' is not d#n`);
    } else {
      const set: boolean[] = [];
      markElement(part, DAY_OF_WEEK, set);
      set.forEach((on, v) => on && (plain[v % 7] = true));
    }
  }
  if (plain.length) rules.push((_y, _m, _d, _len, w) => plain[w] === true);
  return rules.length === 1 ? rules[0] : (y, mo, d, len, wd) => rules.some((rule) => rule(y, mo, d, len, wd));
}

const sorted = (set: boolean[]) => set.flatMap((on, v) => (on ? [v] : []));

export class CronExpression {
  private constructor(
    /** The expression as written (trimmed). */
    readonly source: string,
    private readonly seconds: number[],
    private readonly minutes: number[],
    private readonly hours: number[],
    private readonly months: boolean[],
    private readonly dom: DayRule | undefined,
    private readonly dow: DayRule | undefined,
  ) {}

  /**
   * Parses and checks that the expression fires at all (`0 0 0 30 2 *` never does); throws CronParseError
   * with a message naming the field at fault.
   */
  static parse(text: string): CronExpression {
    const source = text.trim();
    const expanded = MACROS[source] ?? source;
    if (expanded.startsWith('@')) throw new CronParseError(`unknown macro '${source}' (use ${Object.keys(MACROS).join(', ')})`);
    const fields = expanded.split(/\s+/);
    if (expanded === '' || fields.length !== 6) {
      throw new CronParseError(`expected 6 fields (${FIELD_NAMES.join(' ')}), found ${expanded === '' ? 0 : fields.length}`);
    }
    const cron = new CronExpression(
      source,
      sorted(bits(fields[0], SECOND)),
      sorted(bits(fields[1], MINUTE)),
      sorted(bits(fields[2], HOUR)),
      bits(fields[4], MONTH),
      dayOfMonth(fields[3]),
      dayOfWeek(fields[5]),
    );
    if (cron.search(Date.UTC(2000, 0, 1), CYCLE_DAYS + 1) === undefined) {
      throw new CronParseError(NEVER_FIRES);
    }
    return cron;
  }

  /** The first firing strictly after `after` (epoch ms, UTC); firings fall on whole seconds. */
  next(after: number): number {
    // Parsing proved a match within any 400-year span, so this always finds one.
    const due = this.search(Math.floor(after / 1000) * 1000 + 1000, CYCLE_DAYS + 1);
    if (due === undefined) throw new Error(`cron expression '${this.source}' has no firing after ${new Date(after).toISOString()}`);
    return due;
  }

  /** The first matching second at or after `from` (a whole second), looking at most `maxDays` days ahead. */
  private search(from: number, maxDays: number): number | undefined {
    const start = new Date(from);
    let y = start.getUTCFullYear();
    let m = start.getUTCMonth() + 1;
    let d = start.getUTCDate();
    let second = Math.floor((from - Date.UTC(y, m - 1, d)) / 1000);
    for (let days = 0; days < maxDays; ) {
      const len = monthLength(y, m);
      if (!this.months[m]) {
        days += len - d + 1; // skip the rest of the month
        d = len + 1;
      } else {
        if (this.dayMatches(y, m, d, len)) {
          const s = this.secondOfDay(second);
          if (s !== undefined) return Date.UTC(y, m - 1, d) + s * 1000;
        }
        d++;
        days++;
      }
      second = 0;
      if (d > len) {
        d = 1;
        if (++m > 12) (m = 1), y++;
      }
    }
    return undefined;
  }

  private dayMatches(y: number, m: number, d: number, len: number): boolean {
    if (!this.dom && !this.dow) return true;
    const wd = weekdayOf(y, m, d);
    return (!this.dom || this.dom(y, m, d, len, wd)) && (!this.dow || this.dow(y, m, d, len, wd));
  }

  /** The first matching second of the day at or after `from` (seconds since midnight). */
  private secondOfDay(from: number): number | undefined {
    const h0 = Math.floor(from / 3600);
    const m0 = Math.floor(from / 60) % 60;
    const s0 = from % 60;
    for (const h of this.hours) {
      if (h < h0) continue;
      for (const mi of this.minutes) {
        if (h === h0 && mi < m0) continue;
        const min = h === h0 && mi === m0 ? s0 : 0;
        for (const s of this.seconds) if (s >= min) return h * 3600 + mi * 60 + s;
      }
    }
    return undefined;
  }
}

/** Parses a cron expression, or returns why it is not one. */
export function tryParseCron(text: string): CronExpression | string {
  try {
    return CronExpression.parse(text);
  } catch (err) {
    if (err instanceof CronParseError) return err.message;
    throw err;
  }
}
