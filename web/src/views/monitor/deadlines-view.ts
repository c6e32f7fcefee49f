/**
 * Deadline board (managers): missed, due soon and met lately, grouped per procedure, days counted on the legal calendar
 * by the server. A deadline is named for people (the task, or the statutory period a `*DueAt` variable marks).
 */
import { api, Deadline as BaseDeadline } from '../../core/api';
import { h } from '../../core/dom';
import { navigate } from '../../core/router';
import { MessageKey, t } from '../../i18n';
import { daysLeftBadge } from '../../ui/badges';
import { caseIdentityLine } from '../../ui/case-identity';
import { empty } from '../../ui/states';
import '../../styles/monitor.css';
import { calendarDate, istDate, istDateTime } from './istanbul-time';

type Status = 'missed' | 'dueSoon' | 'met';
type Deadline = Omit<BaseDeadline, 'status'> & { status: Status; completedAt?: string | null };

/** The label of a deadline: a task's name, or the statutory period a variable marks (never the variable name). */
export function deadlineLabel(d: Pick<Deadline, 'kind' | 'name'>): string {
  if (d.kind === 'userTask') return d.name;
  const key = `deadline.var.${d.name}` as MessageKey;
  const label = t(key);
  return label === key ? t('deadline.var.other') : label;
}

function column(title: string, items: Deadline[], kind: Status): HTMLElement {
  const byProcess = new Map<string, Deadline[]>();
  for (const d of items) byProcess.set(d.processDefinitionId, [...(byProcess.get(d.processDefinitionId) ?? []), d]);
  return h(
    'section',
    { class: `card deadline-col deadline-${kind}`, 'data-testid': `deadlines-${kind}` },
    h('h2', null, title, ' ', h('span', { class: `badge ${kind === 'missed' ? 'badge-danger' : kind === 'met' ? 'badge-ok' : 'badge-warn'}` }, String(items.length))),
    items.length
      ? [...byProcess].map(([pid, list]) =>
          h(
            'div',
            { class: 'deadline-group', 'data-process-id': pid },
            h('h3', null, h('code', null, pid)),
            h(
              'ul',
              { class: 'deadline-list' },
              list.map((d) =>
                h(
                  'li',
                  { class: 'deadline', 'data-instance-key': d.processInstanceKey, 'data-application-number': d.case?.applicationNumber ?? '', 'data-name': d.name },
                  h(
                    'div',
                    { class: 'deadline-what' },
                    h('a', { class: 'deadline-name', href: `#/monitor/instances/${encodeURIComponent(d.processInstanceKey)}`, title: d.kind === 'variable' ? d.name : '' }, deadlineLabel(d)),
                    // Who the deadline is for; the engine key stays as a small detail for engineers.
                    caseIdentityLine(d.case, { link: true }),
                    h('span', { class: 'muted small' }, d.assignee ? `${d.assignee} · ` : '', h('span', { class: 'engine-key', 'data-testid': 'engine-key' }, t('monitorCases.engineKey', { key: d.processInstanceKey }))),
                  ),
                  d.status === 'met'
                    ? h('span', { class: 'deadline-due' }, istDate(d.dueAt), ' ', h('span', { class: 'muted small' }, t('deadline.completedAt', { date: istDateTime(d.completedAt) })))
                    : h('span', { class: 'deadline-due' }, istDate(d.dueAt), ' ', daysLeftBadge(d.dueAt, d.daysLeft)),
                ),
              ),
            ),
          ),
        )
      : empty(t('monitor.deadlines.empty')),
  );
}

export async function deadlinesView(query: URLSearchParams): Promise<HTMLElement> {
  const withinDays = Number(query.get('within') ?? 7);
  const data = (await api.deadlines({ withinDays })) as { asOf: string; withinDays: number; items: Deadline[] };
  const within = h(
    'select',
    { 'data-testid': 'within-days', onchange: (e: Event) => navigate(`/deadlines?within=${(e.target as HTMLSelectElement).value}`) },
    [3, 7, 14, 30, 90].map((n) => h('option', { value: String(n) }, t('monitor.deadlines.within', { n }))),
  );
  within.value = String(withinDays);
  return h(
    'div',
    { class: 'page deadlines-page', 'data-view': 'deadlines' },
    h('div', { class: 'page-head' }, h('h1', null, t('monitor.deadlines')), h('span', { class: 'muted' }, calendarDate(data.asOf)), h('span', { class: 'spacer' }), within),
    h(
      'div',
      { class: 'three-col' },
      column(t('monitor.deadlines.missed'), data.items.filter((d) => d.status === 'missed'), 'missed'),
      column(t('monitor.deadlines.soon'), data.items.filter((d) => d.status === 'dueSoon'), 'dueSoon'),
      column(t('deadline.met'), data.items.filter((d) => d.status === 'met'), 'met'),
    ),
  );
}
