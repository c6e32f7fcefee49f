/** The audit log (managers): newest first, filtered by user and action, paged backwards by id. Values are never logged. */
import { api, AuditEntry } from '../../core/api';
import { h } from '../../core/dom';
import { navigate } from '../../core/router';
import { formatDate, t } from '../../i18n';
import { empty, errorState, loading } from '../../ui/states';
import '../../styles/monitor.css';

function rows(items: AuditEntry[]): HTMLTableRowElement[] {
  return items.map((a) =>
    h(
      'tr',
      { class: a.outcome !== 'success' ? 'danger' : '', 'data-audit-id': a.id, 'data-action': a.action },
      h('td', null, formatDate(a.at, true)),
      h('td', null, a.username),
      h('td', null, h('code', null, a.action)),
      h('td', null, h('span', { class: `badge ${a.outcome === 'success' ? 'badge-ok' : 'badge-danger'}` }, a.outcome)),
      h('td', null, a.processInstanceKey ? h('a', { href: `#/monitor/instances/${encodeURIComponent(a.processInstanceKey)}` }, a.processInstanceKey) : t('common.none')),
      h('td', { class: 'muted small wrap' }, `${a.resourceType} ${a.resourceKey ?? ''}`, a.detail ? ` · ${a.detail}` : ''),
    ),
  );
}

export function auditView(query: URLSearchParams): HTMLElement {
  const username = query.get('username') ?? '';
  const action = query.get('action') ?? '';
  const userInput = h('input', { name: 'username', value: username, placeholder: t('audit.filter.username'), 'aria-label': t('audit.filter.username') });
  const actionInput = h('input', { name: 'action', value: action, placeholder: t('audit.filter.action'), 'aria-label': t('audit.filter.action') });
  const filters = h('form', { class: 'toolbar' }, userInput, actionInput, h('button', { class: 'btn', type: 'submit' }, t('audit.filter.apply')));
  filters.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    if (userInput.value.trim()) q.set('username', userInput.value.trim());
    if (actionInput.value.trim()) q.set('action', actionInput.value.trim());
    navigate(`/audit?${q}`);
  });

  const host = h('div', null, loading());
  const tbody = h('tbody');
  const more = h('button', { class: 'btn', type: 'button', hidden: true }, t('audit.more'));
  let beforeId: number | null = null;
  const load = async () => {
    more.disabled = true;
    try {
      const page = await api.audit({ username: username || undefined, action: action || undefined, limit: 100, beforeId: beforeId ?? undefined });
      if (beforeId === null && !page.items.length) return host.replaceChildren(empty(t('monitor.audit.empty')));
      if (beforeId === null)
        host.replaceChildren(
          h(
            'table',
            { class: 'table compact', 'data-testid': 'audit-log' },
            h('thead', null, h('tr', null, h('th', null, t('monitor.time')), h('th', null, t('monitor.actor')), h('th', null, t('monitor.action')), h('th', null, t('audit.outcome')), h('th', null, t('audit.case')), h('th', null, ''))),
            tbody,
          ),
          more,
        );
      tbody.append(...rows(page.items));
      beforeId = page.nextBeforeId;
      more.hidden = beforeId === null;
    } catch (err) {
      host.replaceChildren(errorState(err, () => void load()));
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', () => void load());
  void load();
  return h('div', { class: 'page audit-page', 'data-view': 'audit' }, h('div', { class: 'page-head' }, h('h1', null, t('audit.title'))), filters, h('section', { class: 'card' }, host));
}
