/** The queue: own and candidate-group tasks, filtered by scope and procedure, sorted by due date. */
import type { Task } from '../../core/api';
import { h } from '../../core/dom';
import { formatDate, t } from '../../i18n';
import { daysLeftBadge } from '../../ui/badges';
import { caseIdentityLine } from '../../ui/case-identity';
import { empty } from '../../ui/states';

export function taskQueue(tasks: Task[], selectedKey: string | null, me: string): HTMLElement {
  if (!tasks.length) return empty(t('tasks.empty'), t('tasks.empty.hint'));
  return h(
    'ul',
    { class: 'task-queue', 'data-testid': 'task-queue' },
    tasks.map((task) =>
      h(
        'li',
        { class: task.userTaskKey === selectedKey ? 'active' : '', 'data-task-key': task.userTaskKey, 'data-element-id': task.elementId },
        h(
          'a',
          { class: 'task-card', href: `#/tasks/${encodeURIComponent(task.userTaskKey)}${location.hash.includes('?') ? '?' + location.hash.split('?')[1] : ''}` },
          h('span', { class: 'task-card-title' }, task.name ?? task.elementId),
          caseIdentityLine(task.case),
          h('span', { class: 'task-card-process' }, task.processName ?? task.processDefinitionId),
          h(
            'span',
            { class: 'task-card-meta' },
            daysLeftBadge(task.dueDate, task.daysLeft),
            task.assignee
              ? h('span', { class: task.assignee === me ? 'badge badge-info' : 'badge badge-muted' }, task.assignee === me ? t('tasks.filter.mine') : task.assignee)
              : h('span', { class: 'badge badge-muted' }, t('tasks.unassigned')),
            h('span', { class: 'muted small' }, formatDate(task.creationDate)),
          ),
        ),
      ),
    ),
  );
}
