import { Principal } from '../auth/roles';

export interface TaskAccessFields {
  assignee?: string | null;
  candidateGroups?: string[] | null;
  candidateUsers?: string[] | null;
}

/**
 * An officer sees a task when it is assigned to them, names them as candidate user, or names one of their groups.
 * Everything else is another group's task: 403, even when the key is known.
 */
export function canSeeTask(user: Principal, task: TaskAccessFields): boolean {
  if (task.assignee && task.assignee === user.username) return true;
  if ((task.candidateUsers ?? []).includes(user.username)) return true;
  return (task.candidateGroups ?? []).some((g) => user.groups.includes(g));
}
