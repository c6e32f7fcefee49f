/** One case (managers): diagram with tokens and incidents, element history, variables, audit trail, Operate's operations. */
import { api, Incident } from '../../core/api';
import { h } from '../../core/dom';
import { ApiError } from '../../core/http';
import { t } from '../../i18n';
import { stateBadge } from '../../ui/badges';
import { caseDiagram } from '../../ui/case-diagram';
import { caseIdentityLine } from '../../ui/case-identity';
import { empty, errorState, loading } from '../../ui/states';
import { toast } from '../../ui/toast';
import { variableValue } from '../../ui/variable-value';
import '../../styles/monitor.css';
import { announce, CaseDetail, operationsPanel, OperationsPanel, parseValue } from './instance-operations';
import { istDateTime as formatDate } from './istanbul-time';
import { ops } from './operate-api';

function incidentList(incidents: Incident[], reload: () => void, panel: () => OperationsPanel | undefined): HTMLElement {
  const open = incidents.filter((i) => i.state === 'ACTIVE' || !i.state);
  if (!open.length) return h('p', { class: 'muted', 'data-testid': 'incidents-none' }, t('monitor.incidents.none'));
  return h(
    'ul',
    { class: 'incident-list', 'data-testid': 'instance-incidents' },
    open.map((i) => {
      const btn = h('button', { class: 'btn btn-danger btn-small', type: 'button', 'data-testid': 'retry-incident' }, t('monitor.incident.retry'));
      const varName = h('input', { name: 'retryVariable', placeholder: t('ops.variables.name'), 'data-testid': 'retry-var-name' });
      const varValue = h('input', { name: 'retryValue', placeholder: t('ops.variables.value'), 'data-testid': 'retry-var-value' });
      const withVars = h('button', { class: 'btn btn-small', type: 'button', 'data-testid': 'retry-with-variables' }, t('ops.retry.withVariables'));
      const run = async (button: HTMLButtonElement, change: { variables?: Record<string, unknown>; reason?: string }) => {
        button.disabled = true;
        try {
          announce(await ops.retry(i.incidentKey, change));
          reload();
        } catch (err) {
          toast(err instanceof ApiError ? `${err.status}: ${err.message}` : (err as Error).message, 'error');
          button.disabled = false;
        }
      };
      btn.addEventListener('click', () => {
        btn.textContent = t('monitor.incident.retrying');
        void run(btn, {});
      });
      withVars.addEventListener('click', () => {
        const reason = panel()?.reason();
        if (!reason || !varName.value.trim()) return;
        void run(withVars, { variables: { [varName.value.trim()]: parseValue(varValue.value) }, reason });
      });
      return h(
        'li',
        { class: 'incident', 'data-incident-key': i.incidentKey },
        h('div', null, h('code', null, i.elementId), ' ', h('span', { class: 'badge badge-danger' }, i.errorType), h('p', { class: 'wrap' }, i.errorMessage), h('p', { class: 'muted small' }, formatDate(i.creationTime))),
        btn,
        h('div', { class: 'ops-row' }, varName, varValue, withVars),
      );
    }),
  );
}

function historyTable(d: CaseDetail): HTMLElement {
  if (!d.history.length) return empty(t('monitor.history.empty'));
  return h(
    'table',
    { class: 'table compact', 'data-testid': 'element-history' },
    h('thead', null, h('tr', null, h('th', null, t('monitor.element')), h('th', null, t('monitor.state')), h('th', null, t('monitor.started')), h('th', null, t('monitor.ended')))),
    h(
      'tbody',
      null,
      d.history.map((e) =>
        h(
          'tr',
          { 'data-element-id': e.elementId },
          h('td', null, e.elementName ?? e.elementId, h('div', { class: 'muted small' }, h('code', null, e.elementId), ' · ', e.type)),
          h('td', null, stateBadge(e.state, e.hasIncident)),
          h('td', null, formatDate(e.startDate)),
          h('td', null, formatDate(e.endDate)),
        ),
      ),
    ),
  );
}

function variablesPanel(variables: Record<string, unknown>): HTMLElement {
  const entries = Object.entries(variables);
  const table = entries.length
    ? h(
        'table',
        { class: 'table compact', 'data-testid': 'variables' },
        h('tbody', null, entries.map(([k, v]) => h('tr', null, h('th', null, h('code', null, k)), h('td', { class: 'wrap' }, variableValue(v)), h('td', { class: 'wrap mono', hidden: true, 'data-raw': '' }, JSON.stringify(v))))),
      )
    : empty(t('monitor.variables.empty'));
  // The engine's exact values, for whoever needs them (engineers, a disputed correction).
  const raw = h('input', { type: 'checkbox', 'data-testid': 'variables-raw' });
  raw.addEventListener('change', () => {
    for (const row of table.querySelectorAll('tr')) {
      (row.children[1] as HTMLElement).hidden = raw.checked;
      (row.children[2] as HTMLElement).hidden = !raw.checked;
    }
  });
  // Values stay hidden until asked for: managers rarely need them and screens get looked over.
  const body = h('div', { hidden: true }, entries.length ? h('label', { class: 'check small' }, raw, t('monitor.variables.raw')) : null, table);
  const btn = h('button', { class: 'btn btn-small', type: 'button', 'data-testid': 'show-variables' }, t('monitor.variables.show'));
  btn.addEventListener('click', () => {
    body.hidden = false;
    btn.remove();
  });
  return h('div', null, h('p', { class: 'notice small' }, t('monitor.variables.notice')), btn, body);
}

function auditTable(d: CaseDetail): HTMLElement {
  if (!d.audit.length) return empty(t('monitor.audit.empty'));
  return h(
    'table',
    { class: 'table compact', 'data-testid': 'audit-trail' },
    h('thead', null, h('tr', null, h('th', null, t('monitor.time')), h('th', null, t('monitor.actor')), h('th', null, t('monitor.action')), h('th', null, ''))),
    h(
      'tbody',
      null,
      d.audit.map((a) =>
        h('tr', { class: a.outcome !== 'success' ? 'danger' : '' }, h('td', null, formatDate(a.at)), h('td', null, a.username), h('td', null, h('code', null, a.action), a.outcome !== 'success' ? ` (${a.outcome})` : ''), h('td', { class: 'muted small wrap' }, a.detail ?? '')),
      ),
    ),
  );
}

export function instanceView(key: string): HTMLElement {
  const host = h('div', { class: 'page instance-page', 'data-view': 'instance' }, loading());
  const load = async () => {
    try {
      const d = await api.instance(key);
      const completed = d.history.filter((e) => e.state === 'COMPLETED').map((e) => e.elementId);
      const panel = operationsPanel(d, () => void load());
      const diagram = caseDiagram(d.xml, { active: d.activeElements.map((e) => e.elementId), completed, incidents: d.incidents.filter((i) => i.state === 'ACTIVE' || !i.state).map((i) => ({ elementId: i.elementId, message: i.errorMessage })) }, 'instance-diagram');
      // A click on a step picks it as the target of a token move.
      diagram.addEventListener('click', (e) => {
        const id = (e.target as Element).closest('[data-element-id]')?.getAttribute('data-element-id');
        if (id) panel.pick(id);
      });
      host.replaceChildren(
        h(
          'div',
          { class: 'page-head' },
          h('a', { class: 'btn btn-ghost', href: `#/monitor?process=${encodeURIComponent(d.instance.processDefinitionId)}` }, '← ', t('common.back')),
          h(
            'div',
            { class: 'instance-head', 'data-testid': 'instance-head' },
            // The case first (number links to the case page); the engine key last, small, for engineers.
            h('h1', null, d.instance.case?.applicationNumber ? t('monitorCases.instanceTitle', { number: d.instance.case.applicationNumber }) : t('monitor.instance', { key })),
            h('p', null, caseIdentityLine(d.instance.case, { link: true })),
            h('p', { class: 'muted small' }, d.instance.processDefinitionName ?? d.instance.processDefinitionId, ` · v${d.instance.processDefinitionVersion} · ${formatDate(d.instance.startDate)} · `, h('code', { 'data-testid': 'engine-key' }, t('monitorCases.engineKey', { key }))),
          ),
          stateBadge(d.instance.state, d.instance.hasIncident),
        ),
        h('section', { class: 'card' }, diagram),
        h(
          'div',
          { class: 'two-col' },
          h(
            'section',
            { class: 'card' },
            h('h2', null, t('monitor.active')),
            d.activeElements.length
              ? h('ul', { class: 'chips', 'data-testid': 'active-elements' }, d.activeElements.map((e) => h('li', { class: 'chip', 'data-element-id': e.elementId }, e.elementName ?? e.elementId)))
              : h('p', { class: 'muted' }, t('common.none')),
            h('h2', null, t('monitor.incidents')),
            incidentList(d.incidents, () => void load(), () => panel),
          ),
          h('section', { class: 'card' }, h('h2', null, t('monitor.variables')), variablesPanel(d.variables)),
        ),
        panel.el,
        h('section', { class: 'card' }, h('h2', null, t('monitor.history')), historyTable(d)),
        h('section', { class: 'card' }, h('h2', null, t('monitor.audit')), auditTable(d)),
      );
    } catch (err) {
      host.replaceChildren(errorState(err, () => void load()));
    }
  };
  void load();
  return host;
}
