import { CronExpression, NEVER_FIRES, tryParseCron } from './cron';

/**
 * ISO 8601 timer values as Zeebe reads them: durations (P3Y, PT1H, P1W), dates with a zone
 * (2026-05-27T00:00:00+03:00), cycles (R3/PT1H, R/P1D, R2/2026-01-01T00:00:00Z/P1D), and cron cycles
 * (0 0 9-17 * * MON-FRI, see cron.ts).
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

/** Zeebe reads a cycle that starts with R as ISO 8601 and anything else as cron; so do we. */
const isIsoCycle = (text: string) => text.trimStart().startsWith('R');

/** Parsed cron cycles by text: a cycle is parsed again at every firing. */
const cronCache = new Map<string, CronExpression | string>();

function cronCycle(text: string): CronExpression | string {
  const key = text.trim();
  let cron = cronCache.get(key);
  if (cron === undefined) {
    if (cronCache.size >= 500) cronCache.clear();
    cron = tryParseCron(key);
    cronCache.set(key, cron);
  }
  return cron;
}

/** Why a timeCycle value is invalid, or undefined when it is a usable ISO or cron cycle. */
function cycleProblem(value: string): string | undefined {
  if (isIsoCycle(value)) {
    const cycle = parseCycle(value);
    if (!cycle) return 'expected an ISO 8601 repeating interval such as R3/PT1H';
    if (addDuration(0, cycle.interval) <= 0) return 'the interval must be longer than zero';
    return undefined;
  }
  const cron = cronCycle(value);
  if (typeof cron !== 'string') return undefined;
  if (cron === NEVER_FIRES) return `the cron expression ${cron}`;
  return `not a cron expression (${cron}); expected an ISO 8601 repeating interval such as R3/PT1H or a cron expression such as 0 0 9-17 * * MON-FRI`;
}

/** Deploy-time check of a static timer value; returns an error message or undefined. */
export function parseTimerSpecStatic(kind: 'duration' | 'date' | 'cycle', value: string): string | undefined {
  if (kind === 'duration' && !parseDuration(value)) return `invalid timeDuration '${value}': expected an ISO 8601 duration such as PT1H or P3Y`;
  if (kind === 'date' && parseDateTime(value) === undefined) return `invalid timeDate '${value}': expected an ISO 8601 date-time with zone, such as 2026-05-27T00:00:00+03:00`;
  if (kind === 'cycle') {
    const problem = cycleProblem(value);
    if (problem) return `invalid timeCycle '${value}': ${problem}`;
  }
  return undefined;
}

export interface TimerSchedule {
  dueAt: number;
  /** Remaining repetitions after this one fires (cycles); 0 = fire once. -1 = unbounded. */
  remaining: number;
  /** What to reschedule a cycle with: its ISO 8601 interval (PT1H) or its cron expression. */
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
  const problem = cycleProblem(text);
  if (problem) throw new Error(`Invalid timer cycle '${text}': ${problem}`);
  if (!isIsoCycle(text)) {
    // A cron cycle repeats until its owner ends.
    const cron = cronCycle(text) as CronExpression;
    return { dueAt: cron.next(now), remaining: -1, interval: cron.source };
  }
  const c = parseCycle(text)!;
  const intervalText = text.split('/').pop()!;
  const first = c.start !== undefined && c.start > now ? c.start : addDuration(now, c.interval);
  return { dueAt: first, remaining: c.repetitions < 0 ? -1 : c.repetitions - 1, interval: intervalText };
}

/**
 * When a cycle that fired at `dueAt` fires next. An ISO interval counts from the previous due time;
 * a cron cycle takes its next firing after now, as Zeebe does (firings missed while the engine was
 * stopped or the clock jumped are not replayed).
 */
export function nextCycleDue(interval: string, dueAt: number, now: number): number {
  const d = parseDuration(interval);
  if (d) return addDuration(dueAt, d);
  const cron = cronCycle(interval);
  if (typeof cron === 'string') throw new Error(`Invalid timer cycle '${interval}': ${cron}`);
  return cron.next(Math.max(dueAt, now));
}
