/** Task list page (officers): filters and queue on the left, the selected task (or "New case") on the right. */
import { api, Task } from '../../core/api';
import { h } from '../../core/dom';
import { navigate } from '../../core/router';
import { user } from '../../core/session';
import { t } from '../../i18n';
import { onLeave } from '../../shell';
import { errorState, loading } from '../../ui/states';
import { toast } from '../../ui/toast';
import { caseSearchForm } from './case-view';
import { newCasePanel } from './new-case';
import { taskDetail } from './task-detail';
import { taskQueue } from './task-queue';
import '../../styles/tasks.css';

const NEXT_TASK_TRIES = 8;
const NEXT_TASK_EVERY_MS = 500;

export async function tasksView(query: URLSearchParams, selectedKey: string | null = null, newCase = false): Promise<HTMLElement> {
  const scope = query.get('scope') ?? 'all';
  const sort = query.get('sort') ?? 'dueDate';
  const processId = query.get('process') ?? '';
  const me = user()?.username ?? '';

  const queueHost = h('div', { class: 'queue-host' }, loading());
  const detailHost = h('div', { class: 'detail-host' }, selectedKey || newCase ? loading() : h('div', { class: 'state state-empty' }, h('p', { class: 'state-title' }, t('tasks.select'))));

  const setQuery = (patch: Record<string, string>) => {
    const next = new URLSearchParams({ scope, sort, process: processId, ...patch });
    for (const [k, v] of [...next]) if (!v) next.delete(k);
    navigate(`/tasks${newCase ? '/new' : selectedKey ? '/' + encodeURIComponent(selectedKey) : ''}?${next}`);
  };

  const scopeTabs = h(
    'div',
    { class: 'segmented', role: 'tablist' },
    (
      [
        ['all', 'tasks.filter.all'],
        ['mine', 'tasks.filter.mine'],
        ['unassigned', 'tasks.filter.candidate'],
      ] as const
    ).map(([value, label]) =>
      h('button', { type: 'button', role: 'tab', class: value === scope ? 'active' : '', 'aria-selected': String(value === scope), 'data-scope': value, onclick: () => setQuery({ scope: value }) }, t(label)),
    ),
  );
  const sortSel = h(
    'select',
    { 'aria-label': t('tasks.sort.due'), 'data-testid': 'task-sort', onchange: (e: Event) => setQuery({ sort: (e.target as HTMLSelectElement).value }) },
    h('option', { value: 'dueDate' }, t('tasks.sort.due')),
    h('option', { value: 'creationDate' }, t('tasks.sort.created')),
  );
  sortSel.value = sort;
  const processSel = h('select', { 'aria-label': t('tasks.filter.process'), 'data-testid': 'task-process', onchange: (e: Event) => setQuery({ process: (e.target as HTMLSelectElement).value }) }, h('option', { value: '' }, `${t('tasks.filter.process')}: ${t('common.all')}`));

  const newCaseLink = h('a', { class: newCase ? 'btn btn-primary active' : 'btn btn-primary', href: '#/tasks/new', 'data-testid': 'new-case' }, '+ ', t('cases.new'));

  const reload = async (completed = false): Promise<Task[]> => {
    try {
      const { items } = await api.tasks({ scope, sort, order: sort === 'creationDate' ? 'desc' : 'asc', processDefinitionId: processId || undefined, limit: 100 });
      queueHost.replaceChildren(taskQueue(items, selectedKey, me));
      const procs = new Map(items.map((i) => [i.processDefinitionId, i.processName ?? i.processDefinitionId]));
      if (processId && !procs.has(processId)) procs.set(processId, processId);
      processSel.replaceChildren(processSel.options[0], ...[...procs].map(([id, name]) => h('option', { value: id }, name)));
      processSel.value = processId;
      if (completed) navigate('/tasks');
      return items;
    } catch (err) {
      queueHost.replaceChildren(errorState(err, () => void reload()));
      return [];
    }
  };

  /**
   * The officer stays with the case: when it has a next task they can act on, that task opens; otherwise the queue.
   * The next step may be a moment behind the completion (service tasks run first), hence a short bounded wait.
   */
  const afterCompletion = async (done: Task) => {
    const sameCase = (x: Task) =>
      x.userTaskKey !== done.userTaskKey &&
      (x.processInstanceKey === done.processInstanceKey || (!!done.case?.applicationNumber && x.case?.applicationNumber === done.case.applicationNumber));
    for (let i = 0; i < NEXT_TASK_TRIES; i++) {
      const { items } = await api.tasks({ scope: 'all', sort: 'creationDate', order: 'desc', limit: 200 }).catch(() => ({ items: [] as Task[] }));
      const next = items.find(sameCase);
      if (next) {
        toast(t('tasks.nextOfCase'), 'info');
        navigate(`/tasks/${encodeURIComponent(next.userTaskKey)}`);
        return;
      }
      await new Promise((r) => setTimeout(r, NEXT_TASK_EVERY_MS));
    }
    await reload(true);
  };

  const showDetail = async () => {
    if (!selectedKey) return;
    try {
      const detail = await api.task(selectedKey);
      detailHost.replaceChildren(
        taskDetail(detail, (completed) => {
          if (completed) void afterCompletion(detail.task);
          else void Promise.all([reload(), showDetail()]);
        }),
      );
    } catch (err) {
      detailHost.replaceChildren(errorState(err, () => void showDetail()));
    }
  };

  void reload();
  if (newCase) detailHost.replaceChildren(newCasePanel(() => reload()));
  else void showDetail();
  // New tasks arrive while the officer works: the queue (only) refreshes itself.
  const timer = setInterval(() => void reload(), 30_000);
  onLeave(() => clearInterval(timer));
  return h(
    'div',
    { class: selectedKey || newCase ? 'tasks-layout has-detail' : 'tasks-layout', 'data-view': 'tasks' },
    h('aside', { class: 'queue-pane' }, h('div', { class: 'queue-head' }, h('div', { class: 'queue-title' }, h('h1', null, t('tasks.title')), newCaseLink), caseSearchForm(), scopeTabs, h('div', { class: 'queue-filters' }, processSel, sortSel)), queueHost),
    h('section', { class: 'detail-pane' }, h('a', { class: 'btn btn-ghost back-to-queue', href: '#/tasks', 'data-testid': 'back-to-queue' }, t('case.back')), detailHost),
  );
}
