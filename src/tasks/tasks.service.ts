import { Injectable } from '@nestjs/common';
import { AuditService, variableNames } from '../audit/audit.service';
import { CaseIdentityService } from '../ui-api/case-identity';
import { LegalClock } from '../ui-api/legal-clock';
import { Principal } from '../auth/roles';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { asKey, decodeValue, str } from '../ui-api/runtime-values';
import { refuseImplausibleDates } from '../ui-api/date-plausibility';
import { problem } from '../ui-api/problem';
import { daysLeftUntil } from './days-left';
import { formValuePaths, variablesOutsideForm } from './form-bound-variables';
import { canSeeTask } from './task-access';
import { TaskDetailDto, TaskDto, TaskListDto, TaskQueryDto } from './tasks.dto';

/** Upper bound of tasks fetched per source (each group, assignee, candidate user) before merging and paging. */
const FETCH_LIMIT = 1000;

type RawTask = Record<string, unknown> & { userTaskKey: unknown };

@Injectable()
export class TasksService {
  constructor(
    private readonly runtime: CamundaClientProvider,
    private readonly clock: LegalClock,
    private readonly audit: AuditService,
    private readonly identities: CaseIdentityService,
  ) {}

  /** Adds who each task's case is about (one variable search for the page). */
  private async withIdentity(items: TaskDto[]): Promise<TaskDto[]> {
    const byInstance = await this.identities.forInstances(items.map((t) => t.processInstanceKey ?? ''));
    return items.map((t) => ({ ...t, case: (t.processInstanceKey && byInstance.get(t.processInstanceKey)) || null }));
  }

  toDto(t: RawTask): TaskDto {
    const dueDate = str(t.dueDate);
    return {
      userTaskKey: String(t.userTaskKey),
      name: str(t.name),
      elementId: str(t.elementId),
      state: String(t.state ?? ''),
      processDefinitionId: str(t.processDefinitionId),
      processName: str(t.processName),
      processDefinitionKey: str(t.processDefinitionKey),
      processInstanceKey: str(t.processInstanceKey),
      assignee: str(t.assignee),
      candidateGroups: (t.candidateGroups as string[] | undefined) ?? [],
      candidateUsers: (t.candidateUsers as string[] | undefined) ?? [],
      creationDate: str(t.creationDate),
      dueDate,
      followUpDate: str(t.followUpDate),
      priority: typeof t.priority === 'number' ? t.priority : null,
      formKey: str(t.formKey),
      daysLeft: daysLeftUntil(this.clock.now(), dueDate),
    };
  }

  /** The caller's queue: one search per source the caller may see, merged; the runtime never returns other groups' tasks here. */
  async list(user: Principal, q: TaskQueryDto): Promise<TaskListDto> {
    const base = { state: q.state ?? 'CREATED', ...(q.processDefinitionId ? { processDefinitionId: q.processDefinitionId } : {}) };
    const filters: Array<Record<string, unknown>> = [{ ...base, assignee: user.username }];
    if (q.scope !== 'mine') {
      filters.push({ ...base, candidateUser: user.username });
      for (const group of user.groups) filters.push({ ...base, candidateGroup: group });
    }
    const results = await Promise.all(filters.map((filter) => this.runtime.api.searchUserTasks({ filter: filter as never, page: { from: 0, limit: FETCH_LIMIT } }, NOW)));
    const byKey = new Map<string, TaskDto>();
    for (const r of results) for (const t of r.items ?? []) byKey.set(String(t.userTaskKey), this.toDto(t as unknown as RawTask));
    let items = [...byKey.values()].filter((t) => canSeeTask(user, t));
    if (q.scope === 'mine') items = items.filter((t) => t.assignee === user.username);
    if (q.scope === 'unassigned') items = items.filter((t) => !t.assignee);
    items.sort(comparator(q.sort ?? 'dueDate', q.order ?? 'asc'));
    const limit = q.limit ?? 50;
    const offset = q.offset ?? 0;
    return { items: await this.withIdentity(items.slice(offset, offset + limit)), page: { totalItems: items.length, limit, offset } };
  }

  /** The task if the caller may see it; 404 unknown, 403 another group's task (audited). */
  async visibleTask(user: Principal, key: string, action: string): Promise<TaskDto> {
    const task = this.toDto((await this.runtime.api.getUserTask({ userTaskKey: asKey(key) }, NOW)) as unknown as RawTask);
    if (!canSeeTask(user, task)) {
      this.audit.record({ username: user.username, action, resourceType: 'userTask', resourceKey: key, processInstanceKey: task.processInstanceKey, outcome: 'denied', detail: 'not a task of the caller or their groups' });
      throw problem(403, 'Not a task of your groups');
    }
    return task;
  }

  async detail(user: Principal, key: string): Promise<TaskDetailDto> {
    const task = await this.visibleTask(user, key, 'task.read');
    const entry = { username: user.username, action: 'task.read', resourceType: 'userTask', resourceKey: key, processInstanceKey: task.processInstanceKey };
    return this.audit.around(
      entry,
      async () => {
        const [form, vars, xml] = await Promise.all([
          this.form(key, task),
          this.runtime.api.searchUserTaskVariables({ userTaskKey: asKey(key), truncateValues: false, page: { from: 0, limit: FETCH_LIMIT } }, NOW),
          // The officer sees where the case stands; the definition is not applicant data, and only this task's version is given.
          task.processDefinitionKey ? this.runtime.api.getProcessDefinitionXml({ processDefinitionKey: asKey(task.processDefinitionKey) }, NOW).then(String) : Promise.resolve(null),
        ]);
        const variables: Record<string, unknown> = {};
        // The task's own scope first, so a local variable shadows a process variable of the same name.
        const items = [...(vars.items ?? [])].sort((a, b) => Number(String(b.scopeKey) !== String(task.processInstanceKey)) - Number(String(a.scopeKey) !== String(task.processInstanceKey)));
        for (const v of items) if (!(v.name in variables)) variables[v.name] = decodeValue(v.value);
        const [withCase] = await this.withIdentity([task]);
        return { task: withCase, form, variables, xml };
      },
      (r) => ({ detail: variableNames(r.variables) }),
    );
  }

  private async form(key: string, task: TaskDto): Promise<TaskDetailDto['form']> {
    if (!task.formKey) return null;
    const form = (await this.runtime.api.getUserTaskForm({ userTaskKey: asKey(key) }, NOW)) as unknown as Record<string, unknown> | undefined;
    if (!form || !form.schema) return null;
    const schema = typeof form.schema === 'string' ? JSON.parse(form.schema) : form.schema;
    return { formKey: str(form.formKey) ?? task.formKey, formId: str(form.formId), schema };
  }

  /** The completion sets what the task's form records and nothing else (see form-bound-variables.ts). */
  private async refuseVariablesOutsideForm(key: string, task: TaskDto, variables: Record<string, unknown>): Promise<void> {
    if (!task.formKey) return;
    const form = await this.form(key, task);
    // Fail closed: a task that names a form the runtime cannot give has no contract to complete against.
    if (!form) throw problem(409, "The task's form is not available");
    const outside = variablesOutsideForm(variables, formValuePaths(form.schema));
    if (outside.length) {
      throw problem(400, "Variables not on the task's form", {
        errors: outside.map((path) => ({ property: `variables.${path}`, messages: ['not a field of this task\'s form'] })),
      });
    }
  }

  async claim(user: Principal, key: string): Promise<void> {
    const task = await this.visibleTask(user, key, 'task.claim');
    await this.audit.around({ username: user.username, action: 'task.claim', resourceType: 'userTask', resourceKey: key, processInstanceKey: task.processInstanceKey }, async () => {
      if (task.assignee === user.username) return;
      if (task.assignee) throw problem(409, 'Task is assigned to someone else');
      await this.runtime.api.assignUserTask({ userTaskKey: asKey(key), assignee: user.username, allowOverride: false });
    });
  }

  async unclaim(user: Principal, key: string): Promise<void> {
    const task = await this.visibleTask(user, key, 'task.unclaim');
    await this.audit.around({ username: user.username, action: 'task.unclaim', resourceType: 'userTask', resourceKey: key, processInstanceKey: task.processInstanceKey }, async () => {
      if (!task.assignee) throw problem(409, 'Task is not assigned');
      if (task.assignee !== user.username) throw problem(403, 'Only the assignee can release the task');
      await this.runtime.api.unassignUserTask({ userTaskKey: asKey(key) });
    });
  }

  async complete(user: Principal, key: string, variables: Record<string, unknown>): Promise<void> {
    const task = await this.visibleTask(user, key, 'task.complete');
    await this.audit.around({ username: user.username, action: 'task.complete', resourceType: 'userTask', resourceKey: key, processInstanceKey: task.processInstanceKey, detail: variableNames(variables) }, async () => {
      if (!task.assignee) throw problem(409, 'Claim the task first');
      if (task.assignee !== user.username) throw problem(403, 'Only the assignee can complete the task');
      await this.refuseVariablesOutsideForm(key, task, variables);
      refuseImplausibleDates(variables, this.clock.now());
      await this.runtime.api.completeUserTask({ userTaskKey: asKey(key), variables });
    });
  }
}

function comparator(field: 'dueDate' | 'creationDate' | 'priority', order: 'asc' | 'desc') {
  const sign = order === 'asc' ? 1 : -1;
  const value = (t: TaskDto): number | null => {
    if (field === 'priority') return t.priority;
    const s = t[field];
    return s ? Date.parse(s) : null;
  };
  return (a: TaskDto, b: TaskDto): number => {
    const va = value(a);
    const vb = value(b);
    // Tasks without the value go last in either order.
    if (va === null || vb === null) return va === vb ? a.userTaskKey.localeCompare(b.userTaskKey) : va === null ? 1 : -1;
    return (va - vb) * sign || a.userTaskKey.localeCompare(b.userTaskKey);
  };
}
