/**
 * The one place the UI turns instants and calendar dates into text, and typed dates back into ISO.
 * The law's locale, whatever the browser's language or time zone: dates `dd.MM.yyyy`, times `HH:mm`, always in
 * Europe/Istanbul. Built from explicit Intl parts, so neither the browser locale nor the UI language changes the shape.
 */

export const LEGAL_TIME_ZONE = 'Europe/Istanbul';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: LEGAL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

interface IstanbulParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

function istanbulParts(ms: number): IstanbulParts {
  const out: Record<string, string> = {};
  for (const p of PARTS.formatToParts(new Date(ms))) out[p.type] = p.value;
  return { year: out.year, month: out.month, day: out.day, hour: out.hour === '24' ? '00' : out.hour, minute: out.minute };
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `2026-12-03` → `03.12.2026` (a calendar date has no zone: never shifted); an instant → its Istanbul date.
 * Unreadable input is returned as given rather than hidden.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const plain = CALENDAR_DATE.exec(value);
  if (plain) return `${plain[3]}.${plain[2]}.${plain[1]}`;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value;
  const p = istanbulParts(ms);
  return `${p.day}.${p.month}.${p.year}`;
}

/** An instant as `dd.MM.yyyy HH:mm`, Istanbul time; a calendar date alone stays a date. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  if (CALENDAR_DATE.test(value)) return formatDate(value);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value;
  const p = istanbulParts(ms);
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

/** `HH:mm`, Istanbul time. */
export function formatTime(value: string | null | undefined): string {
  if (!value) return '';
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value;
  const p = istanbulParts(ms);
  return `${p.hour}:${p.minute}`;
}

/** Today's calendar date in Istanbul, `YYYY-MM-DD` (what "not in the future" compares with). */
export function istanbulToday(nowMs = Date.now()): string {
  const p = istanbulParts(nowMs);
  return `${p.year}-${p.month}-${p.day}`;
}

/** True for a real calendar day (`2026-02-30` is not). */
export function isCalendarDate(iso: string): boolean {
  const m = CALENDAR_DATE.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** `03.12.2026` → `2026-12-03`; null when the text is not a complete, real `dd.MM.yyyy` date. */
export function parseTurkishDate(text: string): string | null {
  const m = /^\s*(\d{2})\.(\d{2})\.(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  return isCalendarDate(iso) ? iso : null;
}

/**
 * What a date field shows while typing: digits only, dots inserted after day and month (`03122026` → `03.12.2026`).
 * Never more than the ten characters of the format.
 */
export function maskDateInput(text: string): string {
  const digits = text.replace(/\D/g, '').slice(0, 8);
  if (digits.length <= 2) return digits + (text.endsWith('.') && digits.length === 2 ? '.' : '');
  if (digits.length <= 4) return `${digits.slice(0, 2)}.${digits.slice(2)}${text.endsWith('.') && digits.length === 4 ? '.' : ''}`;
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4)}`;
}

/** ISO dates and instants inside a text (`2026-12-03`, `2027-01-04T23:59:59.999+03:00`) as the UI shows dates. */
export function localizeDates(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?/g, (iso) => (iso.length === 10 ? formatDate(iso) : formatDateTime(iso)));
}
