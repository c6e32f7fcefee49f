import { invalidState, notFound } from '../../errors';
import { evaluateExpr } from '../../feel/feel';
import type { UserTaskRow } from '../../store/rows';
import type { Interpreter } from '../interpreter';
import { Vars } from '../variables';

/** The user task commands: assign, unassign, complete (the task's element completes with the variables). */
export function openUserTask(it: Interpreter, key: number, asGiven: string): UserTaskRow {
  const task = it.stores.userTasks.get(key);
  if (!task) throw notFound(`User task with key '${asGiven}' not found`);
  if (task.state !== 'CREATED') throw invalidState(`User task with key '${asGiven}' is not active (state ${task.state})`);
  return task;
}

export function assignUserTask(it: Interpreter, task: UserTaskRow, assignee: string | null, actor: string | null, action?: string): void {
  it.stores.userTasks.assign(task.key, assignee);
  if (assignee === null) it.history('USER_TASK', 'UNASSIGNED', task.key, task.process_instance_key, task.element_id, actor);
  else it.history('USER_TASK', 'ASSIGNED', task.key, task.process_instance_key, task.element_id, actor, { assignee, action: action ?? 'assign' });
}

export function completeUserTask(it: Interpreter, task: UserTaskRow, variables: Vars, actor: string | null, action: string | null): void {
  it.stores.userTasks.end(task.key, 'COMPLETED', it.now());
  it.history('USER_TASK', 'COMPLETED', task.key, task.process_instance_key, task.element_id, actor, { action, variables: Object.keys(variables) });
  it.onEvent(it.ei(task.element_instance_key), { kind: 'userTaskCompleted', variables });
}

/** Terminating a user task's element cancels its open task. */
export function cancelUserTasksOf(it: Interpreter, elementInstanceKey: number, processInstanceKey: number, elementId: string): void {
  for (const key of it.stores.userTasks.openOf(elementInstanceKey)) {
    it.stores.userTasks.end(key, 'CANCELED', it.now());
    it.history('USER_TASK', 'CANCELED', key, processInstanceKey, elementId);
  }
}

/**
 * The `zeebe:taskSchedule` due date of the instance's open user tasks, evaluated again (evaluated once, at
 * creation, in Zeebe). Returns the element ids of the tasks whose due date changed.
 */
export function rescheduleUserTaskDueDates(it: Interpreter, processInstanceKey: number): string[] {
  const changed: string[] = [];
  for (const task of it.stores.userTasks.openOfInstance(processInstanceKey)) {
    const owner = it.ei(task.element_instance_key);
    const expr = it.model(owner).nodes.get(task.element_id)?.userTask?.dueDate;
    if (!expr?.feel) continue;
    const value = evaluateExpr(expr, it.vars.context(owner.key)).value;
    const ms = typeof value === 'string' ? Date.parse(value) : NaN;
    if (!Number.isFinite(ms) || ms === task.due_date) continue;
    it.stores.userTasks.setDueDate(task.key, ms);
    it.history('USER_TASK', 'UPDATED', task.key, processInstanceKey, task.element_id, null, { dueDate: ms });
    changed.push(task.element_id);
  }
  return changed;
}
