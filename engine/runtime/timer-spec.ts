/**
 * ISO 8601 timer values as Zeebe reads them: durations (P3Y, PT1H, P1W), dates with a zone
 * (2026-05-27T00:00:00+03:00), cycles (R3/PT1H, R/P1D, R2/2026-01-01T00:00:00Z/P1D).
 * Calendar units are added on the UTC calendar so a 3-year timer lands on the same date, not 3×365 days.
 */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})(\[[A-Za-z_/+-]+\])?$/;

export function parseDuration(text: string): Duration | undefined {
  const m = DURATION.exec(text.trim());
  if (!m) return undefined;
  const n = (i: number) => (m[i] ? Number(m[i]) : 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

export function addDuration(epochMs: number, d: Duration): number {
  const date = new Date(epochMs);
  if (d.years || d.months) {
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + d.months + 12 * d.years);
    const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    date.setUTCDate(Math.min(day, lastDay));
  }
  const ms = (((d.weeks * 7 + d.days) * 24 + d.hours) * 60 + d.minutes) * 60_000 + Math.round(d.seconds * 1000);
  return date.getTime() + ms;
}

export function parseDateTime(text: string): number | undefined {
  const t = text.trim();
  if (!DATE_TIME.test(t)) return undefined;
  const ms = Date.parse(t.replace(/\[.*\]$/, ''));
  return Number.isFinite(ms) ? ms : undefined;
}

export interface Cycle {
  /** -1 = unbounded. */
  repetitions: number;
  start?: number;
  interval: Duration;
}

export function parseCycle(text: string): Cycle | undefined {
  const parts = text.trim().split('/');
  const r = /^R(\d*)$/.exec(parts[0] ?? '');
  if (!r) return undefined;
  const repetitions = r[1] === '' ? -1 : Number(r[1]);
  if (parts.length === 2) {
    const interval = parseDuration(parts[1]);
    return interval ? { repetitions, interval } : undefined;
  }
  if (parts.length === 3) {
    const start = parseDateTime(parts[1]);
    const interval = parseDuration(parts[2]);
    return start !== undefined && interval ? { repetitions, start, interval } : undefined;
  }
  return undefined;
}

/** Deploy-time check of a static timer value; returns an error message or undefined. */
export function parseTimerSpecStatic(kind: 'duration' | 'date' | 'cycle', value: string): string | undefined {
  if (kind === 'duration' && !parseDuration(value)) return `invalid timeDuration '${value}': expected an ISO 8601 duration such as PT1H or P3Y`;
  if (kind === 'date' && parseDateTime(value) === undefined) return `invalid timeDate '${value}': expected an ISO 8601 date-time with zone, such as 2026-05-27T00:00:00+03:00`;
  if (kind === 'cycle') {
    const cycle = parseCycle(value);
    if (!cycle) return `invalid timeCycle '${value}': expected an ISO 8601 repeating interval such as R3/PT1H (cron is not supported by the embedded engine)`;
    if (addDuration(0, cycle.interval) <= 0) return `invalid timeCycle '${value}': the interval must be longer than zero`;
  }
  return undefined;
}

export interface TimerSchedule {
  dueAt: number;
  /** Remaining repetitions after this one fires (cycles); 0 = fire once. -1 = unbounded. */
  remaining: number;
  /** Interval to reschedule a cycle with. */
  interval?: string;
}

/**
 * Resolves an evaluated timer value (a string, or a FEEL temporal already converted to ISO text)
 * into its first due time.
 */
export function scheduleTimer(kind: 'duration' | 'date' | 'cycle', value: unknown, now: number): TimerSchedule {
  const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  if (kind === 'duration') {
    const d = parseDuration(text);
    if (!d) throw new Error(`Invalid timer duration '${text}'`);
    return { dueAt: addDuration(now, d), remaining: 0 };
  }
  if (kind === 'date') {
    const at = parseDateTime(text);
    if (at === undefined) throw new Error(`Invalid timer date '${text}'`);
    return { dueAt: at, remaining: 0 };
  }
  const c = parseCycle(text);
  if (!c) throw new Error(`Invalid timer cycle '${text}'`);
  if (addDuration(0, c.interval) <= 0) throw new Error(`Invalid timer cycle '${text}': the interval must be longer than zero`);
  const intervalText = text.split('/').pop()!;
  const first = c.start !== undefined && c.start > now ? c.start : addDuration(now, c.interval);
  return { dueAt: first, remaining: c.repetitions < 0 ? -1 : c.repetitions - 1, interval: intervalText };
}
