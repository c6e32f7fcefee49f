/** "Days left" for due-date badges in the task list and monitor, on the legal calendar. */
import { daysBetween, IsoDate } from './civilDate';
import { holidayOn, provisionalBayramsAround } from './holidays';
import { workingDaysBetween } from './workingDays';

export interface DaysLeft {
  /** Calendar days from `today` to `dueDate` (0 = due today, negative = overdue). */
  calendarDays: number;
  /** Working days after `today` up to and including `dueDate` (see `workingDaysBetween`). */
  workingDays: number;
  dueToday: boolean;
  overdue: boolean;
  /** The due date is an arife half day: offices close at 13:00. */
  dueOnHalfDay: boolean;
  /** The working-day count or the due day involves a provisional (computed, not yet announced) bayram date. */
  provisional: boolean;
}

export function daysLeft(today: IsoDate, dueDate: IsoDate): DaysLeft {
  const calendarDays = daysBetween(today, dueDate);
  return {
    calendarDays,
    workingDays: workingDaysBetween(today, dueDate),
    dueToday: calendarDays === 0,
    overdue: calendarDays < 0,
    dueOnHalfDay: holidayOn(dueDate)?.kind === 'halfDay',
    provisional: provisionalBayramsAround(today, dueDate).length > 0,
  };
}
