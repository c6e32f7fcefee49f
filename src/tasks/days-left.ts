import { daysLeft, DaysLeft, turkeyDateOf } from '../../law/calendar';

/**
 * Days left to a due instant on the legal calendar, counted in Turkish dates (`provisional` when a computed bayram date
 * is involved). Null when there is no due date or the calendar cannot count it (outside 2014–2200): the UI then shows
 * the date alone.
 */
export function daysLeftUntil(nowMs: number, dueAt: string | null | undefined): DaysLeft | null {
  if (!dueAt) return null;
  try {
    return daysLeft(turkeyDateOf(new Date(nowMs).toISOString()), turkeyDateOf(dueAt));
  } catch {
    return null;
  }
}

/** Today's Turkish date. */
export const turkeyToday = (nowMs: number): string => turkeyDateOf(new Date(nowMs).toISOString());
