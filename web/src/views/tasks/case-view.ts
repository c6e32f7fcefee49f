/**
 * Cases by who they are about (officers and managers): the search (`#/cases?q=`) and the case page
 * (`#/cases/<applicationNumber>`) with the whole story across the parent and every child procedure.
 */
import { api, CaseFile, CaseSummary } from '../../core/api';
import { formatDate, formatDateTime } from '../../core/datetime';
import { h } from '../../core/dom';
import { navigate } from '../../core/router';
import { hasRole } from '../../core/session';
import { getLang, hasMessage, t } from '../../i18n';
import { daysLeftBadge } from '../../ui/badges';
import { caseIdentityLine } from '../../ui/case-identity';
import { citation } from '../../ui/citation';
import { empty } from '../../ui/states';
import '../../styles/tasks.css';

type Key = Parameters<typeof t>[0];
const label = (key: string) => t(key as Key);

/** The search box, also placed above the task queue. */
export function caseSearchForm(initial = ''): HTMLFormElement {
  const input = h('input', { type: 'search', name: 'q', value: initial, minlength: 2, maxlength: 100, required: true, placeholder: t('case.search.placeholder'), 'aria-label': t('case.search'), 'data-testid': 'case-search-input' });
  return h(
    'form',
    {
      class: 'case-search',
      role: 'search',
      'data-testid': 'case-search',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const q = input.value.trim();
        if (q.length >= 2) navigate(`/cases?q=${encodeURIComponent(q)}`);
      },
    },
    input,
    h('button', { class: 'btn', type: 'submit' }, t('case.search.go')),
  );
}

export async function caseSearchView(query: URLSearchParams): Promise<HTMLElement> {
  const q = (query.get('q') ?? '').trim();
  const results = q.length >= 2 ? await api.searchCases(q) : null;
  return h(
    'div',
    { class: 'page case-page', 'data-view': 'case-search' },
    h('div', { class: 'page-head' }, h('h1', null, t('case.search')), caseSearchForm(q)),
    !results ? h('p', { class: 'muted' }, t('case.search.hint')) : results.items.length ? resultList(results.items) : empty(t('case.search.none'), t('case.search.hint')),
  );
}

function resultList(items: CaseSummary[]): HTMLElement {
  return h(
    'section',
    { class: 'card' },
    h('p', { class: 'muted' }, t('case.search.results', { n: items.length })),
    h(
      'ul',
      { class: 'case-results', 'data-testid': 'case-results' },
      items.map((c) =>
        h(
          'li',
          { 'data-application-number': c.identity.applicationNumber ?? '' },
          caseIdentityLine(c.identity, { link: true }),
          h('span', { class: 'muted small' }, c.instances.map((i) => `${i.processName ?? i.processDefinitionId} (${label(`case.state.${i.state}`)})`).join(' · ')),
        ),
      ),
    ),
  );
}

export async function caseView(applicationNumber: string): Promise<HTMLElement> {
  const file = await api.caseFile(applicationNumber);
  return h(
    'div',
    { class: 'page case-page', 'data-view': 'case', 'data-application-number': applicationNumber },
    h(
      'div',
      { class: 'page-head' },
      h('div', null, h('h1', { 'data-testid': 'case-title' }, t('case.title', { number: applicationNumber })), h('p', { class: 'case-head-identity' }, caseIdentityLine(file.identity))),
      h('span', { class: 'spacer' }),
      caseSearchForm(),
    ),
    procedures(file),
    h('div', { class: 'two-col' }, deadlines(file), documents(file)),
    openTasks(file),
    timeline(file),
    audit(file),
  );
}

function procedures(file: CaseFile): HTMLElement {
  return h(
    'section',
    { class: 'card', 'data-testid': 'case-procedures' },
    h('h2', null, t('case.procedures')),
    h(
      'ul',
      { class: 'case-list' },
      file.instances.map((i) =>
        h(
          'li',
          { 'data-instance-key': i.processInstanceKey, class: i.parentProcessInstanceKey ? 'child' : '' },
          h('strong', null, i.processName ?? i.processDefinitionId),
          h('span', { class: `badge ${i.state === 'ACTIVE' ? 'badge-info' : 'badge-muted'}` }, label(`case.state.${i.state}`)),
          h('span', { class: 'muted small' }, formatDateTime(i.startDate), i.endDate ? ` – ${formatDateTime(i.endDate)}` : ''),
        ),
      ),
    ),
  );
}

function deadlines(file: CaseFile): HTMLElement {
  const cls = { met: 'badge-ok', late: 'badge-danger', open: 'badge-info', elapsed: 'badge-muted' } as const;
  return h(
    'section',
    { class: 'card', 'data-testid': 'case-deadlines' },
    h('h2', null, t('case.deadlines')),
    file.deadlines.length
      ? h(
          'ul',
          { class: 'case-list' },
          file.deadlines.map((d) =>
            h(
              'li',
              { 'data-variable': d.variable, 'data-status': d.status, 'data-due-date': formatDate(d.dueAt) },
              h('strong', { class: 'deadline-date' }, formatDate(d.dueAt)),
              h('span', { class: 'deadline-title' }, (getLang() === 'tr' ? d.titleTr : d.titleEn) ?? d.taskName ?? d.processName ?? ''),
              h('span', { class: 'muted small' }, d.processName ?? ''),
              d.citation ? h('span', { class: 'citation' }, citation(d.citation)) : null,
              h('span', { class: `badge ${cls[d.status]}` }, label(`case.deadline.${d.status}`)),
              d.status === 'open' ? daysLeftBadge(d.dueAt, d.daysLeft) : null,
            ),
          ),
        )
      : h('p', { class: 'muted' }, t('case.deadlines.empty')),
  );
}

function documents(file: CaseFile): HTMLElement {
  return h(
    'section',
    { class: 'card', 'data-testid': 'case-documents' },
    h('h2', null, t('case.documents')),
    file.documents.length
      ? h(
          'ul',
          { class: 'case-list' },
          file.documents.map((d) =>
            h(
              'li',
              { 'data-kind': d.kind },
              h('span', { class: 'badge badge-muted' }, t(d.kind === 'notice' ? 'case.document.notice' : 'case.document.decision')),
              d.at ? h('span', { class: 'muted small' }, formatDateTime(d.at)) : null,
              h('span', null, d.title),
              d.value !== undefined ? outcome(d.value) : null,
              d.kind === 'decision' && d.detail ? h('code', { class: 'muted small', lang: 'en' }, d.detail) : null,
              d.citation ? h('span', { class: 'citation' }, citation(d.citation)) : null,
            ),
          ),
        )
      : h('p', { class: 'muted' }, t('case.documents.empty')),
  );
}

/** A recorded outcome in words; one without a translation is shown as the identifier it is (marked English, never re-cased). */
function outcome(value: string): HTMLElement {
  const key = `outcome.${value}`;
  return hasMessage(key) ? h('strong', { 'data-outcome': value }, t(key)) : h('code', { lang: 'en', 'data-outcome': value }, value);
}

function openTasks(file: CaseFile): HTMLElement {
  return h(
    'section',
    { class: 'card', 'data-testid': 'case-open-tasks' },
    h('h2', null, t('case.openTasks')),
    file.openTasks.length
      ? h(
          'ul',
          { class: 'case-list' },
          file.openTasks.map((task) =>
            h(
              'li',
              { 'data-task-key': task.userTaskKey },
              // Officers work the task; managers see it (the task list is the officers' view).
              hasRole('officer') ? h('a', { href: `#/tasks/${encodeURIComponent(task.userTaskKey)}` }, task.name ?? task.elementId) : h('span', null, task.name ?? task.elementId),
              task.assignee ? h('span', { class: 'badge badge-muted' }, task.assignee) : null,
            ),
          ),
        )
      : h('p', { class: 'muted' }, t('case.openTasks.empty')),
  );
}

function timeline(file: CaseFile): HTMLElement {
  return h(
    'section',
    { class: 'card', 'data-testid': 'case-timeline' },
    h('h2', null, t('case.timeline')),
    file.timeline.length
      ? h(
          'ol',
          { class: 'timeline' },
          file.timeline.map((e) =>
            h(
              'li',
              { 'data-element-id': e.elementId, 'data-state': e.state, 'data-instance-key': e.processInstanceKey },
              h('time', { class: 'timeline-at', datetime: e.startDate ?? '' }, formatDateTime(e.startDate)),
              h('span', { class: 'timeline-what' }, e.elementName ?? e.elementId),
              h('span', { class: 'muted small' }, e.processName ?? ''),
              e.state === 'ACTIVE' ? h('span', { class: 'badge badge-info' }, t('case.step.running')) : null,
              e.hasIncident ? h('span', { class: 'badge badge-danger' }, '⚠') : null,
            ),
          ),
        )
      : h('p', { class: 'muted' }, t('case.timeline.empty')),
  );
}

function audit(file: CaseFile): HTMLElement {
  if (!file.audit) return h('section', { class: 'card', 'data-testid': 'case-audit' }, h('h2', null, t('case.audit')), h('p', { class: 'muted' }, t('case.audit.hidden')));
  return h(
    'section',
    { class: 'card', 'data-testid': 'case-audit' },
    h('h2', null, t('case.audit')),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'table' },
        h('tbody', null, file.audit.map((a) => h('tr', { 'data-action': a.action }, h('td', null, formatDateTime(a.at)), h('td', null, a.username), h('td', null, h('code', { lang: 'en' }, a.action)), h('td', null, a.outcome)))),
      ),
    ),
  );
}
