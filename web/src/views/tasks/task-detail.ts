/** One task: claim/unclaim, the form with validation, rule results with citations, and the case diagram. */
import { api, TaskDetail } from '../../core/api';
import { h } from '../../core/dom';
import { ApiError } from '../../core/http';
import { user } from '../../core/session';
import { formatDate, t } from '../../i18n';
import { daysLeftBadge } from '../../ui/badges';
import { caseDiagram } from '../../ui/case-diagram';
import { caseIdentityLine } from '../../ui/case-identity';
import { progress } from '../../ui/progress';
import { empty, errorState, loading } from '../../ui/states';
import { problemText } from '../../ui/problem-text';
import { toast } from '../../ui/toast';
import { ruleResults } from './rule-results';
import { taskForm } from './task-form';

/** The diagram's XML comes with the task; roles that may read definitions fall back to the definition's XML. */
async function processXml(detail: TaskDetail): Promise<string> {
  if (detail.xml) return detail.xml;
  return (await api.processXml(detail.task.processDefinitionKey)).xml;
}

export function taskDetail(detail: TaskDetail, onChanged: (completed: boolean) => void): HTMLElement {
  const { task } = detail;
  const me = user()?.username ?? '';
  const mine = task.assignee === me;
  const formError = h('p', { class: 'form-error', role: 'alert', hidden: true, 'data-testid': 'form-invalid' }, t('tasks.form.invalid'));
  const bar = progress('complete-progress');

  const act = async (fn: () => Promise<void>, button: HTMLButtonElement, completed = false) => {
    button.disabled = true;
    try {
      await fn();
      onChanged(completed);
    } catch (err) {
      toast(problemText(err), 'error');
      button.disabled = false;
    }
  };

  const claimBtn = h('button', { class: 'btn', type: 'button', 'data-testid': mine ? 'unclaim' : 'claim' }, mine ? t('tasks.unclaim') : t('tasks.claim'));
  claimBtn.addEventListener('click', () => void act(() => (mine ? api.unclaim(task.userTaskKey) : api.claim(task.userTaskKey)), claimBtn));
  if (task.assignee && !mine) claimBtn.disabled = true;

  // The "fix the form" banner goes away as soon as the officer edits the form again.
  const form = detail.form ? taskForm(detail.form.schema, detail.variables, !mine, () => (formError.hidden = true)) : null;
  const completeBtn = h('button', { class: 'btn btn-primary', type: 'button', 'data-testid': 'complete', disabled: !mine }, t('tasks.complete'));
  completeBtn.addEventListener('click', async () => {
    formError.hidden = true;
    const data = form ? await form.submit() : {};
    if (data === null) {
      formError.hidden = false;
      return;
    }
    bar.start(t('tasks.completing'));
    void act(
      async () => {
        try {
          await api.complete(task.userTaskKey, data);
          toast(t('tasks.completed'), 'ok');
        } catch (err) {
          // Field errors from the server go under their fields, like form-js's own.
          if (form && err instanceof ApiError && err.status === 400 && err.body.errors?.length) {
            form.showErrors(err.body.errors);
            formError.hidden = false;
          }
          throw err;
        } finally {
          bar.done();
        }
      },
      completeBtn,
      true,
    );
  });

  const diagramHost = h('div', { class: 'diagram-host' }, loading());
  processXml(detail)
    .then((xml) => diagramHost.replaceChildren(caseDiagram(xml, { active: [task.elementId] }, 'task-diagram')))
    .catch((err) =>
      diagramHost.replaceChildren(err instanceof ApiError && err.status === 403 ? empty(t('tasks.diagram.unavailable')) : errorState(err)),
    );

  return h(
    'article',
    { class: 'task-detail', 'data-testid': 'task-detail', 'data-task-key': task.userTaskKey },
    h(
      'header',
      { class: 'task-detail-head' },
      h('div', null, h('h2', null, task.name ?? task.elementId), h('p', { class: 'task-detail-case' }, caseIdentityLine(task.case, { link: true })), h('p', { class: 'muted' }, task.processName ?? task.processDefinitionId)),
      h('div', { class: 'task-detail-actions' }, claimBtn),
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, t('tasks.field.due')),
      h('dd', null, h('span', { 'data-testid': 'due-date' }, task.dueDate ? formatDate(task.dueDate, true) : t('tasks.due.none')), ' ', daysLeftBadge(task.dueDate, task.daysLeft)),
      h('dt', null, t('tasks.field.assignee')),
      h('dd', { 'data-testid': 'assignee' }, task.assignee ?? t('tasks.unassigned')),
      h('dt', null, t('tasks.field.groups')),
      h('dd', null, task.candidateGroups.join(', ') || t('common.none')),
    ),
    h(
      'section',
      { class: 'card task-form-card' },
      !mine ? h('p', { class: 'notice' }, t('tasks.claimFirst')) : null,
      form ? form.el : h('p', { class: 'muted' }, t('tasks.form.none')),
      formError,
      bar.el,
      h('div', { class: 'form-actions' }, completeBtn),
    ),
    h('section', { class: 'card' }, h('h3', null, t('tasks.rules')), ruleResults(detail.variables)),
    h('section', { class: 'card' }, h('h3', null, t('tasks.diagram')), diagramHost),
  );
}
