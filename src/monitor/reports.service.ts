import { Injectable } from '@nestjs/common';
import { turkeyDateOf } from '../../law/calendar';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { daysLeftUntil, turkeyToday } from '../tasks/days-left';
import { LegalClock } from '../ui-api/legal-clock';
import { problem } from '../ui-api/problem';
import { asKey, decodeValue, str } from '../ui-api/runtime-values';
import { toCsv, trDate } from './csv';
import { durationFigures } from './durations';
import { DeadlineCountsDto, ProcessReportDto, ReportQueryDto, StepReportDto } from './reports.dto';

/** Upper bound of rows read per source for one report; `truncated` says when it was reached. */
const MAX_ROWS = 50_000;
const PAGE = 1000;
/** An open deadline this close (legal working days) is "at risk". */
const AT_RISK_WORKING_DAYS = 3;
/** Element types that are not steps of their own on the diagram. */
const NOT_STEPS = new Set(['PROCESS', 'SEQUENCE_FLOW', 'MULTI_INSTANCE_BODY']);
/** The directorate a case belongs to: the start contracts' `province` (international protection, victim support). */
const OFFICE_VARIABLE = 'province';

type Raw = Record<string, unknown>;
type Status = keyof DeadlineCountsDto;

/** Turkey has kept UTC+3 all year since 2016: a Turkish calendar date starts at 00:00+03:00. */
const startOfTurkishDay = (date: string) => `${date}T00:00:00.000+03:00`;
const endOfTurkishDay = (date: string) => `${date}T23:59:59.999+03:00`;

const duration = durationFigures;

const zero = (): DeadlineCountsDto => ({ met: 0, missed: 0, atRisk: 0, open: 0 });

/**
 * Optimize-like figures per procedure, read from the runtime's history (instances, element instances, user tasks):
 * counts and durations per step for the heatmap, deadlines met / missed / at risk per month and per office.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly runtime: CamundaClientProvider,
    private readonly clock: LegalClock,
  ) {}

  async report(processDefinitionId: string, q: ReportQueryDto): Promise<ProcessReportDto & { byMonthAndOffice: Array<DeadlineCountsDto & { period: string; office: string | null }> }> {
    const api = this.runtime.api;
    const now = this.clock.now();
    const defs = await api.searchProcessDefinitions({ filter: { processDefinitionId } as never, sort: [{ field: 'version', order: 'DESC' }], page: { from: 0, limit: 1 } }, NOW);
    const latest = defs.items?.[0];
    if (!latest) throw problem(404, `No procedure '${processDefinitionId}'`);
    const started: Raw = {};
    if (q.from) started.$gte = startOfTurkishDay(q.from);
    if (q.to) started.$lte = endOfTurkishDay(q.to);
    const byDefinition: Raw = { processDefinitionId, ...(Object.keys(started).length ? { startDate: started } : {}) };
    let truncated = false;
    const all = async (search: (page: { from: number; limit: number }) => Promise<{ items?: unknown[] }>): Promise<Raw[]> => {
      const out: Raw[] = [];
      for (let from = 0; ; from += PAGE) {
        const r = await search({ from, limit: PAGE });
        out.push(...((r.items ?? []) as Raw[]));
        if ((r.items ?? []).length < PAGE) break;
        if (out.length >= MAX_ROWS) {
          truncated = true;
          break;
        }
      }
      return out;
    };
    const [xml, instances, elements, incidents, tasks, offices] = await Promise.all([
      api.getProcessDefinitionXml({ processDefinitionKey: asKey(String(latest.processDefinitionKey)) }, NOW),
      all((page) => api.searchProcessInstances({ filter: byDefinition as never, page }, NOW)),
      all((page) => api.searchElementInstances({ filter: { processDefinitionId } as never, page }, NOW)),
      all((page) => api.searchIncidents({ filter: { processDefinitionId, state: 'ACTIVE' } as never, page }, NOW)),
      all((page) => api.searchUserTasks({ filter: { processDefinitionId } as never, page }, NOW)),
      all((page) => api.searchVariables({ filter: { name: OFFICE_VARIABLE } as never, page, truncateValues: false }, NOW)),
    ]);
    const inScope = new Set(instances.map((p) => String(p.processInstanceKey)));
    const officeOf = new Map<string, string>();
    for (const v of offices) {
      const value = decodeValue(v.value);
      if (String(v.scopeKey) === String(v.processInstanceKey) && typeof value === 'string' && value.trim()) officeOf.set(String(v.processInstanceKey), value.trim());
    }

    const ms = (p: Raw) => Date.parse(String(p.endDate)) - Date.parse(String(p.startDate));
    const count = (state: string) => instances.filter((p) => p.state === state).length;

    const steps = new Map<string, StepReportDto & { runs: number[] }>();
    for (const e of elements) {
      if (NOT_STEPS.has(String(e.type)) || !inScope.has(String(e.processInstanceKey))) continue;
      const id = String(e.elementId);
      let s = steps.get(id);
      if (!s) steps.set(id, (s = { elementId: id, elementName: str(e.elementName), type: String(e.type), count: 0, active: 0, incidents: 0, duration: duration([]), runs: [] }));
      s.count++;
      if (e.state === 'ACTIVE') s.active++;
      if (e.state === 'COMPLETED' && e.endDate) s.runs.push(ms(e));
    }
    for (const i of incidents) {
      const s = steps.get(String(i.elementId));
      if (s && inScope.has(String(i.processInstanceKey))) s.incidents++;
    }

    // Deadlines: every user task with a due date, met when completed by it.
    const byMonth = new Map<string, DeadlineCountsDto>();
    const byOffice = new Map<string | null, DeadlineCountsDto>();
    const byBoth = new Map<string, DeadlineCountsDto & { period: string; office: string | null }>();
    for (const t of tasks) {
      if (!t.dueDate || !inScope.has(String(t.processInstanceKey)) || t.state === 'CANCELED') continue;
      const due = Date.parse(String(t.dueDate));
      if (Number.isNaN(due)) continue;
      let status: Status;
      if (t.state === 'COMPLETED') status = t.completionDate && Date.parse(String(t.completionDate)) <= due ? 'met' : 'missed';
      else if (due < now) status = 'missed';
      else status = (daysLeftUntil(now, String(t.dueDate))?.workingDays ?? Infinity) <= AT_RISK_WORKING_DAYS ? 'atRisk' : 'open';
      const period = turkeyDateOf(String(t.dueDate)).slice(0, 7);
      const office = officeOf.get(String(t.processInstanceKey)) ?? null;
      const bump = <K>(m: Map<K, DeadlineCountsDto>, k: K) => {
        const c = m.get(k) ?? zero();
        c[status]++;
        m.set(k, c);
      };
      bump(byMonth, period);
      bump(byOffice, office);
      const both = byBoth.get(`${period}|${office}`) ?? { period, office, ...zero() };
      both[status]++;
      byBoth.set(`${period}|${office}`, both);
    }

    return {
      processDefinitionId,
      name: str(latest.name),
      version: Number(latest.version ?? 0),
      xml: String(xml),
      asOf: turkeyToday(now),
      started: instances.length,
      completed: count('COMPLETED'),
      terminated: count('TERMINATED'),
      active: count('ACTIVE'),
      duration: duration(instances.filter((p) => p.state === 'COMPLETED' && p.endDate).map(ms)),
      steps: [...steps.values()].map(({ runs, ...s }) => ({ ...s, duration: duration(runs) })).sort((a, b) => b.count - a.count || a.elementId.localeCompare(b.elementId)),
      deadlinesByMonth: [...byMonth].map(([period, c]) => ({ period, ...c })).sort((a, b) => a.period.localeCompare(b.period)),
      deadlinesByOffice: [...byOffice].map(([office, c]) => ({ office, ...c })).sort((a, b) => (a.office ?? '\uffff').localeCompare(b.office ?? '\uffff', 'tr')),
      byMonthAndOffice: [...byBoth.values()].sort((a, b) => a.period.localeCompare(b.period) || (a.office ?? '').localeCompare(b.office ?? '', 'tr')),
      truncated,
    };
  }

  /** The report's tables as CSV for Excel (Turkish headers unless `lang=en`). */
  async csv(processDefinitionId: string, table: 'steps' | 'deadlines', q: ReportQueryDto, lang: 'tr' | 'en' = 'tr'): Promise<string> {
    const r = await this.report(processDefinitionId, q);
    const tr = lang === 'tr';
    const hours = (v: number | null) => (v === null ? null : Math.round(v / 360_000) / 10);
    if (table === 'steps') {
      return toCsv(
        tr ? ['Süreç', 'Adım', 'Öğe', 'Tür', 'Sayı', 'Etkin', 'Olay', 'Ölçülen', 'Medyan (saat)', 'P90 (saat)', 'Rapor tarihi'] : ['Procedure', 'Step', 'Element', 'Type', 'Count', 'Active', 'Incidents', 'Measured', 'Median (hours)', 'P90 (hours)', 'As of'],
        r.steps.map((s) => [processDefinitionId, s.elementName ?? s.elementId, s.elementId, s.type, s.count, s.active, s.incidents, s.duration.count, hours(s.duration.medianMs), hours(s.duration.p90Ms), trDate(r.asOf)]),
      );
    }
    const lastDay = (period: string) => {
      const [y, m] = period.split('-').map(Number);
      return `${period}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
    };
    return toCsv(
      tr ? ['Süreç', 'Dönem başı', 'Dönem sonu', 'Müdürlük', 'Karşılandı', 'Kaçırıldı', 'Risk altında', 'Açık'] : ['Procedure', 'Period start', 'Period end', 'Office', 'Met', 'Missed', 'At risk', 'Open'],
      r.byMonthAndOffice.map((c) => [processDefinitionId, trDate(`${c.period}-01`), trDate(lastDay(c.period)), c.office ?? (tr ? '(belirtilmemiş)' : '(not recorded)'), c.met, c.missed, c.atRisk, c.open]),
    );
  }
}

