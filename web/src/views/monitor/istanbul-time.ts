/**
 * The monitor's date helpers, on the app-wide legal-time module (core/datetime: `dd.MM.yyyy`, `HH:mm`,
 * Europe/Istanbul whatever the browser's language or zone); the monitor shows `—` where there is no value.
 */
import { formatDate, formatDateTime } from '../../core/datetime';

export const istDate = (iso: string | null | undefined): string => formatDate(iso) || '—';

export const istDateTime = (iso: string | null | undefined): string => formatDateTime(iso) || '—';

/** A Turkish calendar date `yyyy-MM-dd` (no time zone involved) as `dd.MM.yyyy`. */
export const calendarDate = (ymd: string): string => formatDate(ymd);

/** A `yyyy-MM` month as `MM.yyyy`. */
export const calendarMonth = (ym: string): string => `${ym.slice(5, 7)}.${ym.slice(0, 4)}`;
