import { Injectable } from '@nestjs/common';
import { LegalClock } from '../ui-api/legal-clock';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { decodeValue, str } from '../ui-api/runtime-values';
import { daysLeftUntil, turkeyToday } from '../tasks/days-left';
import { DeadlineBoardDto, DeadlineDto, DeadlineQueryDto } from './monitor.dto';

/** Upper bound of open tasks, `*DueAt` variables and active instances scanned for the board. */
const SCAN_LIMIT = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Statutory deadlines due soon or missed, kept simple: (1) open user tasks with a due date, (2) `*DueAt` variables
 * (ISO instants written by the calendar worker) of active instances. Due "soon" = within `withinDays` calendar days.
 */
@Injectable()
export class DeadlinesService {
  constructor(
    private readonly runtime: CamundaClientProvider,
    private readonly clock: LegalClock,
  ) {}

  async board(q: DeadlineQueryDto): Promise<DeadlineBoardDto> {
    const now = this.clock.now();
    const withinDays = q.withinDays ?? 7;
    const horizon = now + withinDays * DAY_MS;
    const api = this.runtime.api;
    const byDefinition = q.processDefinitionId ? { processDefinitionId: q.processDefinitionId } : {};
    const page = { from: 0, limit: SCAN_LIMIT };
    const [tasks, vars, active] = await Promise.all([
      api.searchUserTasks({ filter: { state: 'CREATED', ...byDefinition } as never, page }, NOW),
      api.searchVariables({ filter: { name: { $like: '*DueAt' } } as never, page, truncateValues: false }, NOW),
      api.searchProcessInstances({ filter: { state: 'ACTIVE', ...byDefinition } as never, page }, NOW),
    ]);
    const activeDefinitions = new Map((active.items ?? []).map((p) => [String(p.processInstanceKey), String(p.processDefinitionId)]));
    const items: DeadlineDto[] = [];
    const consider = (dueAt: string, entry: Omit<DeadlineDto, 'status' | 'dueAt' | 'daysLeft'>) => {
      const due = Date.parse(dueAt);
      if (Number.isNaN(due) || due > horizon) return;
      items.push({ ...entry, status: due < now ? 'missed' : 'dueSoon', dueAt, daysLeft: daysLeftUntil(now, dueAt) });
    };
    for (const t of tasks.items ?? []) {
      if (!t.dueDate) continue;
      consider(t.dueDate, { kind: 'userTask', processInstanceKey: String(t.processInstanceKey), processDefinitionId: str(t.processDefinitionId), name: t.name ?? String(t.elementId), elementId: str(t.elementId), userTaskKey: String(t.userTaskKey), assignee: str(t.assignee) });
    }
    for (const v of vars.items ?? []) {
      const pik = String(v.processInstanceKey);
      const value = decodeValue(v.value);
      if (!activeDefinitions.has(pik) || typeof value !== 'string') continue;
      consider(value, { kind: 'variable', processInstanceKey: pik, processDefinitionId: activeDefinitions.get(pik) ?? null, name: v.name, elementId: null, userTaskKey: null, assignee: null });
    }
    items.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.processInstanceKey.localeCompare(b.processInstanceKey));
    return { asOf: turkeyToday(now), withinDays, items };
  }
}
