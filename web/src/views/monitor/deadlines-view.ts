/** Deadline board (managers): due soon and missed, grouped per procedure, days counted on the legal calendar by the server. */
import { api, Deadline } from '../../core/api';
import { h } from '../../core/dom';
import { navigate } from '../../core/router';
import { formatDate, t } from '../../i18n';
import { daysLeftBadge } from '../../ui/badges';
import { empty } from '../../ui/states';
import '../../styles/monitor.css';

function column(title: string, items: Deadline[], kind: 'missed' | 'dueSoon'): HTMLElement {
  const byProcess = new Map<string, Deadline[]>();
  for (const d of items) byProcess.set(d.processDefinitionId, [...(byProcess.get(d.processDefinitionId) ?? []), d]);
  return h(
    'section',
    { class: `card deadline-col deadline-${kind}`, 'data-testid': `deadlines-${kind}` },
    h('h2', null, title, ' ', h('span', { class: `badge ${kind === 'missed' ? 'badge-danger' : 'badge-warn'}` }, String(items.length))),
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
                  { class: 'deadline', 'data-instance-key': d.processInstanceKey, 'data-name': d.name },
                  h(
                    'a',
                    { href: `#/monitor/instances/${encodeURIComponent(d.processInstanceKey)}` },
                    h('span', { class: 'deadline-name' }, d.name),
                    h('span', { class: 'muted small' }, `#${d.processInstanceKey}`, d.assignee ? ` · ${d.assignee}` : ''),
                  ),
                  h('span', { class: 'deadline-due' }, formatDate(d.dueAt), ' ', daysLeftBadge(d.dueAt, d.daysLeft)),
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
  const data = await api.deadlines({ withinDays });
  const within = h(
    'select',
    { 'data-testid': 'within-days', onchange: (e: Event) => navigate(`/deadlines?within=${(e.target as HTMLSelectElement).value}`) },
    [3, 7, 14, 30, 90].map((n) => h('option', { value: String(n) }, t('monitor.deadlines.within', { n }))),
  );
  within.value = String(withinDays);
  return h(
    'div',
    { class: 'page deadlines-page', 'data-view': 'deadlines' },
    h('div', { class: 'page-head' }, h('h1', null, t('monitor.deadlines')), h('span', { class: 'muted' }, formatDate(data.asOf)), h('span', { class: 'spacer' }), within),
    h('div', { class: 'two-col' }, column(t('monitor.deadlines.missed'), data.items.filter((d) => d.status === 'missed'), 'missed'), column(t('monitor.deadlines.soon'), data.items.filter((d) => d.status === 'dueSoon'), 'dueSoon')),
  );
}
