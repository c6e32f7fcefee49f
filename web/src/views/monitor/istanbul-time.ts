/**
 * Dates as the law counts them: `dd.MM.yyyy` and `HH:mm` in Europe/Istanbul, whatever the browser's language or time
 * zone. Local to the monitor until the app-wide formatter lands; then these calls move to it.
 */
const dateFmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Istanbul', day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Istanbul', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function istDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFmt.format(d).replace(/\//g, '.');
}

export function istDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${istDate(iso)} ${timeFmt.format(d)}`;
}

/** A Turkish calendar date `yyyy-MM-dd` (no time zone involved) as `dd.MM.yyyy`. */
export const calendarDate = (ymd: string): string => `${ymd.slice(8, 10)}.${ymd.slice(5, 7)}.${ymd.slice(0, 4)}`;

/** A `yyyy-MM` month as `MM.yyyy`. */
export const calendarMonth = (ym: string): string => `${ym.slice(5, 7)}.${ym.slice(0, 4)}`;
