/**
 * Reports (managers, "Raporlar"): per procedure and step — counts and durations (median, p90) from the runtime's
 * history, a heatmap on the diagram, statutory deadlines met / missed / at risk per month and per office, CSV for
 * Excel. Figures come from the server; this view only draws them.
 */
import { api } from '../../core/api';
import { h } from '../../core/dom';
import { navigate } from '../../core/router';
import { getLang, t } from '../../i18n';
import { empty, errorState, loading } from '../../ui/states';
import '../../styles/monitor.css';
import { heatmap } from './heatmap';
import { calendarDate, calendarMonth } from './istanbul-time';
import { DeadlineCounts, ops, ProcessReport } from './operate-api';
import { Series, stackedBars } from './stacked-bars';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** A duration for people: days past two days, hours past two hours, minutes past two minutes, else seconds. */
export function humanDuration(ms: number | null): string {
  if (ms === null) return t('duration.none');
  const one = (n: number) => (Math.round(n * 10) / 10).toLocaleString(getLang() === 'tr' ? 'tr-TR' : 'en-GB');
  if (ms >= 2 * DAY) return t('duration.days', { n: one(ms / DAY) });
  if (ms >= 2 * HOUR) return t('duration.hours', { n: one(ms / HOUR) });
  if (ms >= 2 * MINUTE) return t('duration.minutes', { n: one(ms / MINUTE) });
  return t('duration.seconds', { n: one(ms / 1000) });
}

/** `dd.MM.yyyy` typed by a person → `yyyy-MM-dd`, or null when it is not a real date. */
export function parseTrDate(text: string): string | null {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [, d, mo, y] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d) ? `${y}-${mo}-${d}` : null;
}

const deadlineSeries = (): Series[] => [
  { key: 'met', label: t('reports.met'), className: 'bar-met' },
  { key: 'atRisk', label: t('reports.atRisk'), className: 'bar-risk' },
  { key: 'open', label: t('reports.open'), className: 'bar-open' },
  { key: 'missed', label: t('reports.missed'), className: 'bar-missed' },
];
const values = (c: DeadlineCounts) => ({ met: c.met, missed: c.missed, atRisk: c.atRisk, open: c.open });

function figures(r: ProcessReport): HTMLElement {
  const card = (label: string, value: string, testId: string) => h('div', { class: 'figure', 'data-testid': testId }, h('span', { class: 'figure-value' }, value), h('span', { class: 'figure-label' }, label));
  return h(
    'div',
    { class: 'figures' },
    card(t('reports.started'), String(r.started), 'fig-started'),
    card(t('reports.completed'), String(r.completed), 'fig-completed'),
    card(t('reports.active'), String(r.active), 'fig-active'),
    card(t('reports.terminated'), String(r.terminated), 'fig-terminated'),
    card(t('reports.median'), humanDuration(r.duration.medianMs), 'fig-median'),
    card(t('reports.p90'), humanDuration(r.duration.p90Ms), 'fig-p90'),
  );
}

function stepsTable(r: ProcessReport): HTMLElement {
  return h(
    'table',
    { class: 'table compact', 'data-testid': 'report-steps' },
    h('thead', null, h('tr', null, h('th', null, t('reports.step')), h('th', { class: 'num' }, t('reports.count')), h('th', { class: 'num' }, t('reports.active')), h('th', { class: 'num' }, t('reports.incidents')), h('th', { class: 'num' }, t('reports.median')), h('th', { class: 'num' }, t('reports.p90')))),
    h(
      'tbody',
      null,
      r.steps.map((s) =>
        h(
          'tr',
          { 'data-element-id': s.elementId },
          h('td', null, s.elementName ?? s.elementId, h('div', { class: 'muted small' }, h('code', null, s.elementId))),
          h('td', { class: 'num' }, String(s.count)),
          h('td', { class: 'num' }, String(s.active)),
          h('td', { class: `num ${s.incidents ? 'danger' : ''}` }, String(s.incidents)),
          h('td', { class: 'num' }, humanDuration(s.duration.medianMs)),
          h('td', { class: 'num' }, humanDuration(s.duration.p90Ms)),
        ),
      ),
    ),
  );
}

function heatSection(r: ProcessReport): HTMLElement {
  const map = heatmap(r.xml, 'report-heatmap');
  const mode = h('select', { 'data-testid': 'heat-mode', 'aria-label': t('reports.heatmap') }, h('option', { value: 'duration' }, t('reports.heat.duration')), h('option', { value: 'count' }, t('reports.heat.count')));
  const show = () =>
    map.show(
      r.steps
        .filter((s) => (mode.value === 'count' ? s.count > 0 : s.duration.medianMs !== null))
        .map((s) => (mode.value === 'count' ? { elementId: s.elementId, value: s.count, label: String(s.count) } : { elementId: s.elementId, value: s.duration.medianMs ?? 0, label: humanDuration(s.duration.medianMs) })),
    );
  mode.addEventListener('change', show);
  show();
  return h('section', { class: 'card' }, h('div', { class: 'card-head' }, h('h2', null, t('reports.heatmap')), mode), map.el);
}

export async function reportsView(query: URLSearchParams): Promise<HTMLElement> {
  const processes = (await api.monitorProcesses()).items;
  const selected = query.get('process') ?? processes[0]?.processDefinitionId ?? '';
  const range = { from: query.get('from') ?? undefined, to: query.get('to') ?? undefined };
  const processSelect = h('select', { name: 'process', 'data-testid': 'report-process' }, processes.map((p) => h('option', { value: p.processDefinitionId }, p.name ?? p.processDefinitionId)));
  processSelect.value = selected;
  const dateField = (name: 'from' | 'to', label: string) => {
    const input = h('input', { name, inputmode: 'numeric', placeholder: 'gg.aa.yyyy', pattern: '\\d{2}\\.\\d{2}\\.\\d{4}', value: range[name] ? calendarDate(range[name]!) : '', 'data-testid': `report-${name}` });
    const error = h('span', { class: 'field-error', role: 'alert', hidden: true }, 'gg.aa.yyyy');
    return { input, error, field: h('label', { class: 'field' }, h('span', null, label), input, error) };
  };
  const from = dateField('from', t('reports.from'));
  const to = dateField('to', t('reports.to'));
  const form = h(
    'form',
    { class: 'toolbar report-filter' },
    h('label', { class: 'field' }, h('span', null, t('reports.process')), processSelect),
    from.field,
    to.field,
    h('button', { class: 'btn', type: 'submit', 'data-testid': 'report-show' }, t('reports.show')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const parsed: Record<string, string> = {};
    let ok = true;
    for (const [name, f] of [['from', from], ['to', to]] as const) {
      const text = f.input.value.trim();
      const iso = text ? parseTrDate(text) : '';
      f.error.hidden = iso !== null;
      if (iso === null) ok = false;
      else if (iso) parsed[name] = iso;
    }
    if (!ok) return;
    navigate(`/reports?${new URLSearchParams({ process: processSelect.value, ...parsed }).toString()}`);
  });

  const body = h('div', null, selected ? loading() : empty(t('reports.empty')));
  if (selected) {
    try {
      const r = await ops.report(selected, range);
      const csv = (table: 'steps' | 'deadlines', label: string) =>
        h('a', { class: 'btn btn-small', href: ops.csvUrl(selected, table, { ...range, lang: getLang() }), download: `${selected}-${table}.csv`, 'data-testid': `csv-${table}` }, '⬇ ', label);
      body.replaceChildren(
        h('div', { class: 'toolbar' }, h('span', { class: 'muted', 'data-testid': 'report-as-of' }, t('reports.asOf', { date: calendarDate(r.asOf) }), ` · v${r.version}`), h('span', { class: 'spacer' }), csv('steps', t('reports.csv.steps')), csv('deadlines', t('reports.csv.deadlines'))),
        r.truncated ? h('p', { class: 'notice' }, t('reports.truncated')) : '',
        figures(r),
        heatSection(r),
        h(
          'div',
          { class: 'two-col' },
          h(
            'section',
            { class: 'card' },
            h('h2', null, t('reports.deadlines.month')),
            r.deadlinesByMonth.length
              ? stackedBars(r.deadlinesByMonth.map((m) => ({ label: calendarMonth(m.period), values: values(m) })), deadlineSeries(), { testId: 'chart-deadlines-month', ariaLabel: t('reports.deadlines.month') })
              : empty(t('reports.empty')),
          ),
          h(
            'section',
            { class: 'card' },
            h('h2', null, t('reports.deadlines.office')),
            r.deadlinesByOffice.length
              ? stackedBars(r.deadlinesByOffice.map((o) => ({ label: o.office ?? t('reports.office.none'), values: values(o) })), deadlineSeries(), { testId: 'chart-deadlines-office', ariaLabel: t('reports.deadlines.office') })
              : empty(t('reports.empty')),
          ),
        ),
        h('section', { class: 'card' }, h('h2', null, t('reports.steps')), r.steps.length ? stepsTable(r) : empty(t('reports.empty'))),
      );
    } catch (err) {
      body.replaceChildren(errorState(err, () => navigate(`/reports?process=${encodeURIComponent(selected)}`)));
    }
  }
  return h('div', { class: 'page reports-page', 'data-view': 'reports' }, h('div', { class: 'page-head' }, h('h1', null, t('reports.title'))), form, body);
}
