import { Inject, Injectable, Optional } from '@nestjs/common';
import Database from 'better-sqlite3';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getParameter } from '../../law';
import { AuditService } from '../audit/audit.service';
import { AuditStore } from '../audit/audit.store';
import { Principal } from '../auth/roles';
import { toElementInstance } from '../monitor/monitor-mappers';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { CaseIdentity, CaseIdentityService } from '../ui-api/case-identity';
import { LegalClock } from '../ui-api/legal-clock';
import { problem } from '../ui-api/problem';
import { decodeValue, str } from '../ui-api/runtime-values';
import { CaseInstance, CaseSummary } from './case-summary';
import { daysLeftUntil } from './days-left';

type Raw = Record<string, unknown>;
const PAGE = { from: 0, limit: 1000 };
/** Element types that tell the story; gateways and flows are plumbing. */
const STORY_TYPES = new Set(['USER_TASK', 'SERVICE_TASK', 'SEND_TASK', 'RECEIVE_TASK', 'SCRIPT_TASK', 'BUSINESS_RULE_TASK', 'MANUAL_TASK', 'TASK', 'CALL_ACTIVITY', 'START_EVENT', 'END_EVENT', 'INTERMEDIATE_CATCH_EVENT', 'INTERMEDIATE_THROW_EVENT', 'BOUNDARY_EVENT', 'SUB_PROCESS', 'EVENT_SUB_PROCESS']);


export interface TimelineEntry {
  processInstanceKey: string;
  processName: string | null;
  elementId: string;
  elementName: string | null;
  type: string;
  state: string;
  startDate: string | null;
  endDate: string | null;
  hasIncident: boolean;
}

export interface CaseDeadline {
  processInstanceKey: string;
  processName: string | null;
  variable: string;
  dueAt: string;
  citation: string | null;
  /** The period's name from the law's parameters (null when the detail names none). */
  titleTr: string | null;
  titleEn: string | null;
  /** met: its task was done in time; late: done after; open: still running; elapsed: a window that ran out. */
  status: 'met' | 'late' | 'open' | 'elapsed';
  taskName: string | null;
  completedAt: string | null;
  daysLeft: ReturnType<typeof daysLeftUntil>;
}

export interface CaseDocument {
  kind: 'decision' | 'notice';
  processInstanceKey: string | null;
  at: string | null;
  title: string;
  citation: string | null;
  detail: string | null;
  /** A decision's recorded value (e.g. `admissible`); the UI words it. */
  value?: string;
}

export interface CaseFile extends CaseSummary {
  timeline: TimelineEntry[];
  deadlines: CaseDeadline[];
  documents: CaseDocument[];
  openTasks: Array<{ userTaskKey: string; name: string | null; elementId: string; processInstanceKey: string; assignee: string | null; candidateGroups: string[] }>;
  /** The audit trail: managers and supervisors only (null for others). */
  audit: ReturnType<AuditStore['query']> | null;
}

/** The law's parameter of a computed deadline, when its detail names a known one. */
function lawParameter(id: unknown): { titleTr: string; titleEn: string } | null {
  if (typeof id !== 'string') return null;
  try {
    return getParameter(id as Parameters<typeof getParameter>[0]);
  } catch {
    return null;
  }
}

/** May read a case's audit trail: managers, and officers of the supervisors' group. */
export const mayReadCaseAudit = (user: Principal) => user.roles.includes('manager') || user.groups.includes('supervisors');

/** Injection token: the data directory holding the notice outbox (`outbox.db`). */
export const CASE_DATA_DIR = 'yukk:case-data-dir';

@Injectable()
export class CaseFileService {
  constructor(
    private readonly runtime: CamundaClientProvider,
    private readonly identities: CaseIdentityService,
    private readonly audit: AuditService,
    private readonly auditStore: AuditStore,
    private readonly clock: LegalClock,
    /** Unset, the case page lists decisions only. */
    @Optional() @Inject(CASE_DATA_DIR) private readonly dataDir: string | null = null,
  ) {}

  /** Cases matching the query, one per application number, newest first. The query itself is never recorded. */
  async search(user: Principal, q: string, limit: number): Promise<CaseSummary[]> {
    return this.audit.around(
      { username: user.username, action: 'case.search', resourceType: 'case', resourceKey: '*', detail: `query of ${[...q.trim()].length} characters` },
      async () => {
        const found = await this.identities.search(q);
        const byNumber = new Map<string, string[]>();
        for (const [key, id] of found) {
          const number = id.applicationNumber ?? `#${key}`;
          byNumber.set(number, [...(byNumber.get(number) ?? []), key]);
        }
        const keys = [...found.keys()];
        const instances = await this.instances(keys);
        const summaries = [...byNumber.entries()].map(([, ks]) => ({
          identity: found.get(ks[0])!,
          instances: ks.map((k) => instances.get(k)).filter((i): i is CaseInstance => !!i),
        }));
        const newest = (s: CaseSummary) => s.instances.reduce((m, i) => (i.startDate && i.startDate > m ? i.startDate : m), '');
        return summaries.sort((a, b) => newest(b).localeCompare(newest(a))).slice(0, limit);
      },
      (r) => ({ detail: `query of ${[...q.trim()].length} characters; ${r.length} cases` }),
    );
  }

  /** The whole story of one case across its parent and every child procedure. */
  async file(user: Principal, applicationNumber: string): Promise<CaseFile> {
    const found = await this.identities.instancesOf(applicationNumber);
    if (!found.size) {
      this.audit.record({ username: user.username, action: 'case.read', resourceType: 'case', resourceKey: '-', outcome: 'failure', detail: 'status 404' });
      throw problem(404, 'No case with this application number');
    }
    const keys = [...found.keys()];
    const instances = await this.instances(keys);
    const ordered = [...instances.values()].sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? ''));
    const root = ordered.find((i) => !i.parentProcessInstanceKey || !instances.has(i.parentProcessInstanceKey)) ?? ordered[0];
    return this.audit.around(
      { username: user.username, action: 'case.read', resourceType: 'case', resourceKey: root.processInstanceKey, processInstanceKey: root.processInstanceKey, detail: `${keys.length} instances` },
      async () => {
        const names = new Map(ordered.map((i) => [i.processInstanceKey, i.processName ?? i.processDefinitionId]));
        const api = this.runtime.api;
        const [elements, variables, tasks] = await Promise.all([
          api.searchElementInstances({ filter: { processInstanceKey: { $in: keys } } as never, page: { from: 0, limit: 5000 } }, NOW),
          api.searchVariables({ filter: { processInstanceKey: { $in: keys } } as never, page: { from: 0, limit: 5000 }, truncateValues: false }, NOW),
          api.searchUserTasks({ filter: { processInstanceKey: { $in: keys } } as never, page: PAGE }, NOW),
        ]);
        const timeline: TimelineEntry[] = (elements.items ?? [])
          .map((e) => e as unknown as Raw)
          .filter((e) => STORY_TYPES.has(String(e.type)))
          .map((e) => ({
            ...toElementInstance(e),
            processInstanceKey: String(e.processInstanceKey),
            processName: names.get(String(e.processInstanceKey)) ?? null,
          }))
          .sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.processInstanceKey.localeCompare(b.processInstanceKey));

        const vars = new Map<string, Record<string, unknown>>();
        for (const v of variables.items ?? []) {
          const key = String(v.processInstanceKey);
          if (String(v.scopeKey) !== key) continue;
          vars.set(key, { ...(vars.get(key) ?? {}), [v.name]: decodeValue(v.value) });
        }
        const rawTasks = (tasks.items ?? []).map((t) => t as unknown as Raw);
        const deadlines = this.deadlines(vars, rawTasks, instances, names);
        const documents = [...this.decisions(vars, names, ordered.map((i) => i.processInstanceKey)), ...this.notices(applicationNumber)].sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
        const openTasks = rawTasks
          .filter((t) => t.state === 'CREATED')
          .map((t) => ({ userTaskKey: String(t.userTaskKey), name: str(t.name), elementId: String(t.elementId), processInstanceKey: String(t.processInstanceKey), assignee: str(t.assignee), candidateGroups: (t.candidateGroups as string[] | undefined) ?? [] }));
        return {
          identity: found.get(root.processInstanceKey) ?? [...found.values()][0],
          instances: ordered,
          timeline,
          deadlines,
          documents,
          openTasks,
          audit: mayReadCaseAudit(user) ? keys.flatMap((k) => this.auditStore.query({ processInstanceKey: k, limit: 500 })).sort((a, b) => b.id - a.id) : null,
        };
      },
    );
  }

  private async instances(keys: string[]): Promise<Map<string, CaseInstance>> {
    const out = new Map<string, CaseInstance>();
    for (let i = 0; i < keys.length; i += 500) {
      const r = await this.runtime.api.searchProcessInstances({ filter: { processInstanceKey: { $in: keys.slice(i, i + 500) } } as never, page: { from: 0, limit: 500 } }, NOW);
      for (const p of (r.items ?? []) as unknown as Raw[]) {
        out.set(String(p.processInstanceKey), {
          processInstanceKey: String(p.processInstanceKey),
          parentProcessInstanceKey: str(p.parentProcessInstanceKey),
          processDefinitionId: String(p.processDefinitionId),
          processName: str(p.processDefinitionName),
          state: String(p.state),
          startDate: str(p.startDate),
          endDate: str(p.endDate),
          hasIncident: Boolean(p.hasIncident),
        });
      }
    }
    return out;
  }

  /**
   * Deadlines are the `…DueAt` instants the calendar worker writes (with `…DueAtDetail` citing the article). One that a
   * user task is scheduled on is met or late by when that task was completed; any other is a window, open or elapsed.
   */
  private deadlines(vars: Map<string, Raw>, tasks: Raw[], instances: Map<string, CaseInstance>, names: Map<string, string>): CaseDeadline[] {
    const now = this.clock.now();
    const out: CaseDeadline[] = [];
    for (const [key, v] of vars) {
      for (const [name, value] of Object.entries(v)) {
        if (!/DueAt$/.test(name) || typeof value !== 'string' || Number.isNaN(Date.parse(value))) continue;
        const detail = v[`${name}Detail`] as { citation?: string; parameter?: string } | undefined;
        const parameter = lawParameter(detail?.parameter);
        const task = tasks.find((t) => String(t.processInstanceKey) === key && typeof t.dueDate === 'string' && Date.parse(t.dueDate) === Date.parse(value));
        const dueMs = Date.parse(value);
        let status: CaseDeadline['status'];
        let completedAt: string | null = null;
        if (task && task.state === 'COMPLETED') {
          completedAt = str(task.completionDate);
          status = completedAt && Date.parse(completedAt) > dueMs ? 'late' : 'met';
        } else if (instances.get(key)?.state === 'ACTIVE' && now <= dueMs) status = 'open';
        else status = task ? 'late' : 'elapsed';
        out.push({
          processInstanceKey: key,
          processName: names.get(key) ?? null,
          variable: name,
          dueAt: value,
          citation: typeof detail?.citation === 'string' ? detail.citation : null,
          titleTr: parameter?.titleTr ?? null,
          titleEn: parameter?.titleEn ?? null,
          status,
          taskName: task ? str(task.name) : null,
          completedAt,
          daysLeft: status === 'open' ? daysLeftUntil(now, value) : null,
        });
      }
    }
    // The same deadline reaches a called procedure as an input: listed once, where it was computed first.
    const seen = new Set<string>();
    return out
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
      .filter((d) => {
        const id = `${d.variable}|${d.dueAt}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      });
  }

  /**
   * Outcomes the procedures record (`…Outcome`, `decision`), where they arose: a called procedure's outcome is copied
   * back to its caller (and inputs down to it), so each name and value is listed once, in the instance started first.
   */
  private decisions(vars: Map<string, Raw>, names: Map<string, string>, order: string[]): CaseDocument[] {
    const out: CaseDocument[] = [];
    const seen = new Set<string>();
    const keys = [...vars.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    for (const key of keys) {
      const v = vars.get(key)!;
      for (const [name, value] of Object.entries(v)) {
        if (!(/Outcome$/.test(name) || name === 'decision') || typeof value !== 'string') continue;
        if (seen.has(`${name}|${value}`)) continue;
        seen.add(`${name}|${value}`);
        out.push({ kind: 'decision', processInstanceKey: key, at: null, title: names.get(key) ?? '', citation: null, detail: name, value });
      }
    }
    return out;
  }

  /** Notices of this case number from the outbox the notification worker writes (subject, type, article). */
  private notices(caseNumber: string): CaseDocument[] {
    const file = this.dataDir ? path.join(this.dataDir, 'outbox.db') : null;
    if (!file || !fs.existsSync(file)) return [];
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const rows = db.prepare('SELECT created_at, notice_type, citation, subject, addressee_role FROM outbox WHERE case_number = ? ORDER BY created_at').all(caseNumber) as Raw[];
      return rows.map((r) => ({ kind: 'notice' as const, processInstanceKey: null, at: String(r.created_at), title: String(r.subject), citation: String(r.citation), detail: `${r.notice_type} → ${r.addressee_role}` }));
    } catch {
      return []; // no outbox table yet
    } finally {
      db.close();
    }
  }
}

