/** "New case": pick a procedure, fill in its start form, start the case; then show it and where its first task is. */
import { api, CaseStarted, Startable, Task } from '../../core/api';
import { h } from '../../core/dom';
import { ApiError } from '../../core/http';
import { t } from '../../i18n';
import { mounted } from '../../ui/mount';
import { progress } from '../../ui/progress';
import { empty, errorState, loading } from '../../ui/states';
import { problemText } from '../../ui/problem-text';
import { toast } from '../../ui/toast';
import { FieldProblem, taskForm, TaskForm } from './task-form';

/**
 * Optional fields left empty are left out rather than sent as "" or null: the procedures' start contracts are closed
 * and treat any value as an answer (an empty `representative` group would be a representative without a name).
 */
export function withoutEmpty(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === '' || v === null || v === undefined) continue;
    if (typeof v === 'object' && !Array.isArray(v)) {
      const inner = withoutEmpty(v as Record<string, unknown>);
      if (Object.keys(inner).length) out[k] = inner;
    } else out[k] = v;
  }
  return out;
}

const FIRST_TASK_TRIES = 10;
const FIRST_TASK_EVERY_MS = 700;

/** `refreshQueue` reloads the queue beside the panel and returns what it shows. */
export function newCasePanel(refreshQueue: () => Promise<Task[]>): HTMLElement {
  const body = h('div', { class: 'new-case-body' }, loading());
  const panel = h(
    'article',
    { class: 'new-case', 'data-testid': 'new-case-panel' },
    h('header', { class: 'task-detail-head' }, h('div', null, h('h2', null, t('cases.new.title')), h('p', { class: 'muted' }, t('cases.new.lead')))),
    body,
  );

  const load = async () => {
    body.replaceChildren(loading());
    try {
      const { items } = await api.startable();
      body.replaceChildren(items.length ? picker(items) : empty(t('cases.none'), t('cases.none.hint')));
    } catch (err) {
      body.replaceChildren(errorState(err, () => void load()));
    }
  };

  function picker(items: Startable[]): HTMLElement {
    const option = (i: Startable) => h('option', { value: i.processDefinitionId }, i.name);
    const laws = items.filter((i) => i.contract);
    const others = items.filter((i) => !i.contract);
    const select = h(
      'select',
      { id: 'case-procedure', 'data-testid': 'case-procedure' },
      h('option', { value: '' }, t('cases.procedure.pick')),
      laws.length ? h('optgroup', { label: t('cases.procedures.law') }, laws.map(option)) : null,
      others.length ? h('optgroup', { label: t('cases.procedures.other') }, others.map(option)) : null,
    );
    const formHost = h('div', { class: 'new-case-form' });
    const invalid = h('div', { class: 'form-error', role: 'alert', hidden: true, 'data-testid': 'case-invalid' });
    const bar = progress('start-progress');
    const startBtn = h('button', { class: 'btn btn-primary', type: 'button', 'data-testid': 'start-case', disabled: true }, t('cases.start'));
    const cancel = h('a', { class: 'btn', href: '#/tasks', 'data-testid': 'cancel-case' }, t('cases.cancel'));
    let chosen: Startable | null = null;
    let form: TaskForm | null = null;

    const showInvalid = (message: string, unplaced: FieldProblem[] = []) => {
      invalid.replaceChildren(h('p', null, message));
      if (unplaced.length) invalid.append(h('ul', null, unplaced.map((e) => h('li', null, `${e.property.replace(/^variables\.?/, '') || t('cases.procedure')}: ${e.messages.join('; ')}`))));
      invalid.hidden = false;
    };

    select.addEventListener('change', () => {
      chosen = items.find((i) => i.processDefinitionId === select.value) ?? null;
      invalid.hidden = true;
      form = chosen?.schema ? taskForm(chosen.schema, {}, false, () => (invalid.hidden = true)) : null;
      formHost.replaceChildren(...(chosen ? [form ? form.el : h('p', { class: 'muted' }, t('cases.form.none'))] : []));
      startBtn.disabled = !form;
    });

    startBtn.addEventListener('click', async () => {
      if (!chosen || !form) return;
      invalid.hidden = true;
      const data = await form.submit();
      if (data === null) return showInvalid(t('tasks.form.invalid'));
      startBtn.disabled = true;
      bar.start(t('cases.starting'));
      try {
        const started = await api.startCase(chosen.processDefinitionId, withoutEmpty(data));
        toast(t('cases.started'), 'ok');
        const sent = withoutEmpty(data);
        const number = [sent.applicationNumber, sent.caseNumber].find((v): v is string => typeof v === 'string') ?? null;
        body.replaceChildren(result(chosen, started, number));
      } catch (err) {
        if (err instanceof ApiError && err.status === 400 && err.body.errors?.length) showInvalid(t('cases.invalid.server'), form.showErrors(err.body.errors));
        else toast(problemText(err), 'error');
      } finally {
        bar.done();
        startBtn.disabled = false;
      }
    });

    return h(
      'section',
      { class: 'card' },
      h('div', { class: 'new-case-pick' }, h('label', { for: 'case-procedure' }, t('cases.procedure')), select),
      formHost,
      invalid,
      bar.el,
      h('div', { class: 'form-actions' }, cancel, startBtn),
    );
  }

  function result(item: Startable, started: CaseStarted, applicationNumber: string | null): HTMLElement {
    const firstTask = h('dd', { 'data-testid': 'first-task', 'data-state': 'waiting' }, t('cases.firstTask.waiting'));
    void (async () => {
      await mounted(firstTask);
      // The queue is refreshed until the case's first task shows up (a search may lag behind the start), a bounded wait;
      // leaving the page stops it.
      for (let i = 0; i < FIRST_TASK_TRIES && firstTask.isConnected; i++) {
        // Looked up apart from the queue, whose filters (scope, procedure) may hide it; the newest tasks come first.
        const [, latest] = await Promise.all([refreshQueue(), api.tasks({ scope: 'all', processDefinitionId: started.processDefinitionId, sort: 'creationDate', order: 'desc', limit: 50 })]);
        const task = latest.items.find((x) => x.processInstanceKey === started.processInstanceKey);
        if (task) {
          firstTask.dataset.state = 'found';
          firstTask.replaceChildren(h('a', { href: `#/tasks/${encodeURIComponent(task.userTaskKey)}`, 'data-task-key': task.userTaskKey }, t('cases.firstTask.open', { name: task.name ?? task.elementId })));
          return;
        }
        await new Promise((r) => setTimeout(r, FIRST_TASK_EVERY_MS));
      }
      firstTask.dataset.state = 'none';
      firstTask.replaceChildren(t('cases.firstTask.none'));
    })().catch((err) => {
      // The case exists either way; only the pointer to its first task is missing.
      firstTask.dataset.state = 'error';
      firstTask.replaceChildren(err instanceof Error ? err.message : String(err));
    });
    return h(
      'section',
      { class: 'card case-started', 'data-testid': 'case-started', 'data-instance-key': started.processInstanceKey },
      h('h3', null, '✓ ', t('cases.started.title')),
      h(
        'dl',
        { class: 'facts' },
        h('dt', null, t('cases.field.procedure')),
        h('dd', { 'data-testid': 'case-procedure-name' }, item.name),
        applicationNumber ? h('dt', null, t('case.number')) : null,
        applicationNumber ? h('dd', null, h('a', { href: `#/cases/${encodeURIComponent(applicationNumber)}`, 'data-testid': 'case-page-link' }, applicationNumber)) : null,
        h('dt', null, t('cases.field.key')),
        h('dd', null, h('code', { 'data-testid': 'case-key' }, started.processInstanceKey)),
        h('dt', null, t('cases.field.version')),
        h('dd', null, String(started.version)),
        h('dt', null, t('cases.field.firstTask')),
        firstTask,
      ),
      h('div', { class: 'form-actions' }, h('button', { class: 'btn', type: 'button', 'data-testid': 'another-case', onclick: () => void load() }, t('cases.another'))),
    );
  }

  void load();
  return panel;
}
