/** Due-date badge from the API's legal-calendar day count (never computed in the browser). */
import { h } from '../core/dom';
import type { DaysLeft } from '../core/api';
import { formatDate, t } from '../i18n';

export function daysLeftBadge(due: string | null, days: DaysLeft | null): HTMLElement {
  if (!due) return h('span', { class: 'badge badge-muted' }, t('tasks.due.none'));
  const cls = !days ? 'badge-muted' : days.overdue ? 'badge-danger' : days.dueToday || days.workingDays <= 2 ? 'badge-warn' : 'badge-ok';
  const label = !days
    ? formatDate(due)
    : days.overdue
      ? t('tasks.daysLeft.overdue', { n: Math.abs(days.calendarDays) })
      : days.dueToday
        ? t('tasks.daysLeft.today')
        : t('tasks.daysLeft', { n: days.calendarDays });
  return h('span', { class: `badge ${cls}`, title: t('tasks.due', { date: formatDate(due, true) }), 'data-testid': 'days-left' }, label, days?.dueOnHalfDay ? ' ½' : null);
}

export function stateBadge(state: string, hasIncident = false): HTMLElement {
  const key = hasIncident ? 'INCIDENT' : state;
  const label = (t as (k: string) => string)(`monitor.state.${key}`);
  return h('span', { class: `badge badge-state badge-${key.toLowerCase()}` }, label.startsWith('monitor.') ? state : label);
}
