import { Injectable } from '@nestjs/common';
import { LegalClock } from '../ui-api/legal-clock';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { decodeValue, str } from '../ui-api/runtime-values';
import { daysLeftUntil, turkeyToday } from '../tasks/days-left';
import { Principal } from '../auth/roles';
import { CaseRows } from './case-rows';
import { DeadlineBoardDto, DeadlineDto, DeadlineQueryDto } from './monitor.dto';

/** Upper bound of tasks, `*DueAt` variables and active instances scanned for the board. */
const SCAN_LIMIT = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

type Task = { userTaskKey: unknown; processInstanceKey: unknown; processDefinitionId?: unknown; name?: string | null; elementId?: unknown; assignee?: unknown; dueDate?: string | null; completionDate?: string | null; state?: string };

/**
 * Statutory deadlines due soon, missed, or met lately. A deadline is (1) a user task with a due date, or (2) a `*DueAt`
 * variable on the process scope of an active instance (ISO instants written by the calendar worker). A variable that
 * is the due date of one of the case's tasks is that task's deadline, counted once: open while the task is open, met
 * or missed when it was completed. Input-mapping copies (local variables) are not deadlines of their own.
 */
@Injectable()
export class DeadlinesService {
  constructor(
    private readonly runtime: CamundaClientProvider,
    private readonly clock: LegalClock,
    private readonly cases: CaseRows,
  ) {}

  async board(user: Principal, q: DeadlineQueryDto): Promise<DeadlineBoardDto> {
    const now = this.clock.now();
    const withinDays = q.withinDays ?? 7;
    const horizon = now + withinDays * DAY_MS;
    const api = this.runtime.api;
    const byDefinition = q.processDefinitionId ? { processDefinitionId: q.processDefinitionId } : {};
    const page = { from: 0, limit: SCAN_LIMIT };
    const [open, completed, vars, active] = await Promise.all([
      api.searchUserTasks({ filter: { state: 'CREATED', ...byDefinition } as never, page }, NOW),
      api.searchUserTasks({ filter: { state: 'COMPLETED', ...byDefinition } as never, page, sort: [{ field: 'completionDate', order: 'DESC' }] } as never, NOW),
      api.searchVariables({ filter: { name: { $like: '*DueAt' } } as never, page, truncateValues: false }, NOW),
      api.searchProcessInstances({ filter: { state: 'ACTIVE', ...byDefinition } as never, page }, NOW),
    ]);
    const activeDefinitions = new Map((active.items ?? []).map((p) => [String(p.processInstanceKey), String(p.processDefinitionId)]));
    const items: DeadlineDto[] = [];
    const seen = new Set<string>();
    const taskDue = new Map<string, 'open' | 'done'>();
    const push = (d: DeadlineDto) => {
      const id = `${d.processInstanceKey}|${Date.parse(d.dueAt)}|${d.kind === 'userTask' ? d.userTaskKey : d.name}`;
      if (!seen.has(id)) items.push(d), seen.add(id);
    };
    const taskEntry = (t: Task) => ({ kind: 'userTask' as const, processInstanceKey: String(t.processInstanceKey), processDefinitionId: str(t.processDefinitionId), name: t.name ?? String(t.elementId), elementId: str(t.elementId), userTaskKey: String(t.userTaskKey), assignee: str(t.assignee), completedAt: null });
    for (const t of (open.items ?? []) as Task[]) {
      if (!t.dueDate) continue;
      const due = Date.parse(t.dueDate);
      if (Number.isNaN(due)) continue;
      taskDue.set(`${t.processInstanceKey}|${due}`, 'open');
      if (due > horizon) continue;
      push({ ...taskEntry(t), status: due < now ? 'missed' : 'dueSoon', dueAt: t.dueDate, daysLeft: daysLeftUntil(now, t.dueDate) });
    }
    for (const t of (completed.items ?? []) as Task[]) {
      if (!t.dueDate || !t.completionDate) continue;
      const due = Date.parse(t.dueDate);
      const done = Date.parse(t.completionDate);
      if (Number.isNaN(due) || Number.isNaN(done)) continue;
      const key = `${t.processInstanceKey}|${due}`;
      if (!taskDue.has(key)) taskDue.set(key, 'done');
      // Met lately: shown in its own column, never as pending; a late completion is a missed deadline of the past.
      if (done <= due && done >= now - withinDays * DAY_MS) push({ ...taskEntry(t), status: 'met', dueAt: t.dueDate, daysLeft: null, completedAt: t.completionDate });
    }
    for (const v of vars.items ?? []) {
      const pik = String(v.processInstanceKey);
      const value = decodeValue(v.value);
      if (!activeDefinitions.has(pik) || String(v.scopeKey) !== pik || typeof value !== 'string') continue;
      const due = Date.parse(value);
      if (Number.isNaN(due) || taskDue.has(`${pik}|${due}`) || due > horizon) continue;
      push({ kind: 'variable', status: due < now ? 'missed' : 'dueSoon', processInstanceKey: pik, processDefinitionId: activeDefinitions.get(pik) ?? null, name: v.name, elementId: null, userTaskKey: null, assignee: null, dueAt: value, daysLeft: daysLeftUntil(now, value), completedAt: null });
    }
    items.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.processInstanceKey.localeCompare(b.processInstanceKey));
    return { asOf: turkeyToday(now), withinDays, items: await this.cases.attach(user, 'deadline.board', items) };
  }
}
