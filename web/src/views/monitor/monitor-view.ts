/** Monitor overview (managers): counts per procedure and state, the instance list, open incidents with bulk retry. */
import { api, Incident, Instance, ProcessStats } from '../../core/api';
import { h } from '../../core/dom';
import { navigate } from '../../core/router';
import { t } from '../../i18n';
import { onLeave } from '../../shell';
import { stateBadge } from '../../ui/badges';
import { caseIdentityLine } from '../../ui/case-identity';
import { progress } from '../../ui/progress';
import { empty, errorState, loading } from '../../ui/states';
import { toast } from '../../ui/toast';
import { barChart } from './bar-chart';
import { batchPanel, batchResult, followBatch } from './batch-panel';
import type { BatchProgress } from './operate-api';
import { istDateTime } from './istanbul-time';
import '../../styles/monitor.css';

function statsTable(stats: ProcessStats[], selected: string): HTMLElement {
  return h(
    'table',
    { class: 'table', 'data-testid': 'process-stats' },
    h('thead', null, h('tr', null, h('th', null, t('monitor.process')), ...(['ACTIVE', 'COMPLETED', 'TERMINATED'] as const).map((s) => h('th', { class: 'num' }, t(`monitor.state.${s}`))), h('th', { class: 'num' }, t('monitor.state.INCIDENT')))),
    h(
      'tbody',
      null,
      stats.map((s) =>
        h(
          'tr',
          { class: s.processDefinitionId === selected ? 'selected clickable' : 'clickable', 'data-process-id': s.processDefinitionId, onclick: () => navigate(`/monitor?process=${encodeURIComponent(s.processDefinitionId)}`) },
          h('td', null, s.name ?? s.processDefinitionId, h('div', { class: 'muted small' }, h('code', null, s.processDefinitionId), ` · v${s.latestVersion}`)),
          h('td', { class: 'num' }, String(s.counts.ACTIVE ?? 0)),
          h('td', { class: 'num' }, String(s.counts.COMPLETED ?? 0)),
          h('td', { class: 'num' }, String(s.counts.TERMINATED ?? 0)),
          h('td', { class: `num ${s.withIncidents ? 'danger' : ''}` }, String(s.withIncidents)),
        ),
      ),
    ),
  );
}

/** The engine's key: a small detail for engineers, linking to the instance page. */
export const engineKey = (key: string) => h('a', { class: 'engine-key muted small', 'data-testid': 'engine-key', href: `#/monitor/instances/${encodeURIComponent(key)}` }, t('monitorCases.engineKey', { key }));

function instanceTable(items: Instance[], searched: boolean): HTMLElement {
  if (!items.length) return empty(t(searched ? 'monitorCases.noMatch' : 'monitor.empty'));
  return h(
    'table',
    { class: 'table', 'data-testid': 'instance-table' },
    h('thead', null, h('tr', null, h('th', null, t('monitorCases.case')), h('th', null, t('monitor.process')), h('th', null, t('monitor.state')), h('th', null, t('monitor.started')), h('th', null, t('monitor.ended')))),
    h(
      'tbody',
      null,
      items.map((i) =>
        h(
          'tr',
          {
            class: 'clickable',
            'data-instance-key': i.processInstanceKey,
            'data-application-number': i.case?.applicationNumber ?? '',
            // The row opens the instance; its links (the case page, the engine key) go where they say.
            onclick: (e: Event) => (e.target as Element).closest('a') || navigate(`/monitor/instances/${encodeURIComponent(i.processInstanceKey)}`),
          },
          h('td', null, caseIdentityLine(i.case, { link: true }), h('div', null, engineKey(i.processInstanceKey))),
          h('td', null, i.processDefinitionName ?? i.processDefinitionId, h('span', { class: 'muted' }, ` v${i.processDefinitionVersion}`)),
          h('td', null, stateBadge(i.state, i.hasIncident)),
          h('td', null, istDateTime(i.startDate)),
          h('td', null, istDateTime(i.endDate)),
        ),
      ),
    ),
  );
}

/** Bulk resolution: starts a batch and polls it, showing progress until done. */
/** The last bulk retry's per-item results, kept across the reload that follows it. */
let lastRetryAll: BatchProgress | null = null;

function incidentsPanel(incidents: Incident[], reload: () => void): HTMLElement {
  const last = lastRetryAll ? batchResult(lastRetryAll) : null;
  if (!incidents.length) return h('div', null, last, h('p', { class: 'muted', 'data-testid': 'incidents-none' }, t('monitor.incidents.none')));
  const bar = progress('bulk-progress');
  const btn = h('button', { class: 'btn btn-danger', type: 'button', 'data-testid': 'retry-all' }, t('monitor.incident.retryAll'));
  let stopped = false;
  onLeave(() => {
    stopped = true;
  });
  const resultHost = h('div', null, last);
  btn.addEventListener('click', async () => {
    btn.disabled = true;
    bar.start(t('monitor.incident.progress', { done: 0, total: incidents.length }));
    try {
      const { batchId } = await api.resolveIncidents(incidents.map((i) => i.incidentKey));
      const s = await followBatch(batchId, bar, () => stopped);
      // Honest: an incident that came straight back is reported, not counted as resolved.
      if (s) {
        lastRetryAll = s;
        toast(t('ops.batch.result', { succeeded: s.succeeded, failed: s.failed, failedAgain: s.failedAgain, pending: s.pending }), s.failed || s.failedAgain ? 'error' : 'ok');
      }
    } catch (err) {
      toast((err as Error).message, 'error');
    } finally {
      bar.done();
      btn.disabled = false;
      reload();
    }
  });
  return h(
    'div',
    null,
    h('div', { class: 'toolbar' }, h('span', { class: 'badge badge-danger' }, String(incidents.length)), h('span', { class: 'spacer' }), btn),
    bar.el,
    resultHost,
    h(
      'table',
      { class: 'table', 'data-testid': 'incident-table' },
      h(
        'tbody',
        null,
        incidents.map((i) =>
          h(
            'tr',
            { 'data-incident-key': i.incidentKey },
            h('td', null, caseIdentityLine(i.case, { link: true }), h('div', null, engineKey(i.processInstanceKey))),
            h('td', null, h('code', null, i.elementId)),
            h('td', null, h('span', { class: 'badge badge-danger' }, i.errorType)),
            h('td', { class: 'wrap' }, i.errorMessage),
          ),
        ),
      ),
    ),
  );
}

export async function monitorView(query: URLSearchParams): Promise<HTMLElement> {
  const processId = query.get('process') ?? '';
  const state = query.get('state') ?? '';
  const search = (query.get('q') ?? '').trim();
  const listUrl = (p: { state?: string; q?: string }) => {
    const params = new URLSearchParams({ process: processId, state: p.state ?? state });
    const q = p.q ?? search;
    if (q) params.set('q', q);
    return `/monitor?${params}`;
  };
  const statsHost = h('div', null, loading());
  const listHost = h('div', null, loading());
  const incidentsHost = h('div', null, loading());

  const stateFilter = h(
    'select',
    { 'data-testid': 'state-filter', onchange: (e: Event) => navigate(listUrl({ state: (e.target as HTMLSelectElement).value })) },
    h('option', { value: '' }, `${t('monitor.state')}: ${t('common.all')}`),
    ...(['ACTIVE', 'COMPLETED', 'TERMINATED'] as const).map((s) => h('option', { value: s }, t(`monitor.state.${s}`))),
    h('option', { value: 'INCIDENT' }, t('monitor.state.INCIDENT')),
  );
  stateFilter.value = state;
  // By who the case is about: the server matches with the case search of /api/cases (at least 2 characters).
  const searchInput = h('input', { type: 'search', name: 'q', minlength: '2', maxlength: '100', value: search, placeholder: t('monitorCases.searchShort'), title: t('monitorCases.search'), 'aria-label': t('monitorCases.search'), 'data-testid': 'instance-search' });
  const searchForm = h(
    'form',
    { class: 'instance-search', role: 'search', onsubmit: (e: Event) => (e.preventDefault(), navigate(listUrl({ q: searchInput.value.trim() }))) },
    searchInput,
    h('button', { class: 'btn btn-small', type: 'submit' }, t('monitorCases.searchButton')),
  );

  const loadStats = () =>
    api
      .monitorProcesses()
      .then(({ items }) =>
        statsHost.replaceChildren(
          items.length ? h('div', { class: 'stats-grid' }, h('div', { class: 'card chart-card' }, barChart(items)), h('div', { class: 'card' }, statsTable(items, processId))) : empty(t('monitor.empty')),
        ),
      )
      .catch((err) => statsHost.replaceChildren(errorState(err, loadStats)));
  const loadList = () =>
    api
      .instances({ processDefinitionId: processId || undefined, state: state && state !== 'INCIDENT' ? state : undefined, hasIncident: state === 'INCIDENT' ? true : undefined, q: search.length >= 2 ? search : undefined, limit: 50 })
      .then(({ items }) => listHost.replaceChildren(instanceTable(items, !!search)))
      .catch((err) => listHost.replaceChildren(errorState(err, loadList)));
  const loadIncidents = () =>
    api
      .incidents({ processDefinitionId: processId || undefined, state: 'ACTIVE', limit: 100 })
      .then(({ items }) => incidentsHost.replaceChildren(incidentsPanel(items, reloadAll)))
      .catch((err) => incidentsHost.replaceChildren(errorState(err, loadIncidents)));
  const reloadAll = () => {
    void loadStats();
    void loadList();
    void loadIncidents();
  };
  reloadAll();

  return h(
    'div',
    { class: 'page monitor-page', 'data-view': 'monitor' },
    h('div', { class: 'page-head' }, h('h1', null, t('monitor.title')), h('a', { class: 'btn btn-ghost', href: '#/deadlines' }, t('nav.deadlines')), h('a', { class: 'btn btn-ghost', href: '#/reports' }, t('nav.reports'))),
    h('h2', null, t('monitor.byProcess')),
    statsHost,
    h(
      'div',
      { class: 'two-col' },
      h('section', { class: 'card' }, h('div', { class: 'card-head' }, h('h2', null, t('monitor.instances'), processId ? h('code', null, ` ${processId}`) : null), searchForm, stateFilter), listHost),
      h('section', { class: 'card' }, h('h2', null, t('monitor.incidents')), incidentsHost),
    ),
    h('section', { class: 'card' }, h('h2', null, t('ops.batch')), batchPanel(processId, reloadAll)),
  );
}
