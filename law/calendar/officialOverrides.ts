/**
 * Official bayram dates recorded after this calendar was bundled (an authority enters them from the Official
 * Gazette / Diyanet announcement). They replace the provisional computation. The server persists them and loads
 * them here at start; law/ itself keeps them in memory only, so it stays free of I/O.
 */
import { IsoDate, parseDate } from './civilDate';

export interface RecordedBayram {
  hijriYear: number;
  group: 'ramazan' | 'kurban';
  firstDay: IsoDate;
  /** Official Gazette (Resmî Gazete) or announcement reference. */
  reference: string;
  recordedBy: string;
  /** ISO instant. */
  recordedAt: string;
}

const recorded = new Map<string, RecordedBayram>();
const listeners: Array<() => void> = [];
const keyOf = (hijriYear: number, group: string) => `${hijriYear}:${group}`;

export function officialOverride(hijriYear: number, group: 'ramazan' | 'kurban'): RecordedBayram | undefined {
  return recorded.get(keyOf(hijriYear, group));
}

/** Records (or replaces) the official first day of one bayram. */
export function setOfficialOverride(entry: RecordedBayram): void {
  parseDate(entry.firstDay);
  recorded.set(keyOf(entry.hijriYear, entry.group), { ...entry });
  listeners.forEach((l) => l());
}

export function listOfficialOverrides(): RecordedBayram[] {
  return [...recorded.values()];
}

/** Forgets every recorded date (tests; a server restart reloads them from its database). */
export function clearOfficialOverrides(): void {
  recorded.clear();
  listeners.forEach((l) => l());
}

/** Called whenever the recorded dates change (the holiday cache subscribes). */
export function onOverridesChanged(listener: () => void): void {
  listeners.push(listener);
}
