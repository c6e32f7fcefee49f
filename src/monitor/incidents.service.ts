import { Injectable } from '@nestjs/common';
import { AuditService, variableNames } from '../audit/audit.service';
import { Principal } from '../auth/roles';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { asKey, str } from '../ui-api/runtime-values';
import { BatchesService, ItemResult } from './batches.service';
import { CaseRows } from './case-rows';
import { toIncident } from './monitor-mappers';
import { IncidentListDto, IncidentQueryDto } from './monitor.dto';
import { ResolveOutcomeDto } from './operations.dto';
import { assertEditable } from './protected-variables';

/** How long one retry waits for its job's next outcome before it reports "pending" (a worker may be down). */
const OUTCOME_WAIT_MS = 5000;
const OUTCOME_POLL_MS = 100;

@Injectable()
export class IncidentsService {
  constructor(
    private readonly runtime: CamundaClientProvider,
    private readonly audit: AuditService,
    private readonly batches: BatchesService,
    private readonly cases: CaseRows,
  ) {}

  /** Open (or resolved) incidents, each with who its case is about (audited: incident.list). */
  async list(user: Principal, q: IncidentQueryDto): Promise<IncidentListDto> {
    const limit = q.limit ?? 100;
    const offset = q.offset ?? 0;
    const filter: Record<string, unknown> = { state: q.state ?? 'ACTIVE' };
    if (q.processDefinitionId) filter.processDefinitionId = q.processDefinitionId;
    if (q.processInstanceKey) filter.processInstanceKey = q.processInstanceKey;
    const r = await this.runtime.api.searchIncidents({ filter: filter as never, page: { from: offset, limit } }, NOW);
    const rows = (r.items ?? []).map((i) => toIncident(i as unknown as Record<string, unknown>));
    const identified = await this.cases.attach(user, 'incident.list', rows.map((i) => ({ ...i, processInstanceKey: i.processInstanceKey ?? '' })));
    const items = identified.map((i) => ({ ...i, processInstanceKey: i.processInstanceKey || null }));
    return { items, page: { totalItems: Number(r.page?.totalItems ?? 0), limit, offset } };
  }

  /**
   * Retries one incident and reports what really happened: the element went on ("resolved"), the same failure came
   * straight back ("failedAgain"), or its job still waits for a worker ("pending"). With `variables`, they are set on
   * the process first (retry with changed variables; a reason is then required). Audited with the outcome.
   */
  async resolve(user: Principal, incidentKey: string, change: { variables?: Record<string, unknown>; reason?: string } = {}): Promise<ResolveOutcomeDto> {
    const api = this.runtime.api;
    const incident = await api.getIncident({ incidentKey: asKey(incidentKey) }, NOW);
    const piKey = str(incident.processInstanceKey);
    const vars = change.variables && Object.keys(change.variables).length ? change.variables : undefined;
    if (vars) assertEditable(vars, change.reason);
    const detail = [str(incident.errorType), vars ? variableNames(vars) : null, change.reason ? `reason: ${change.reason}` : null].filter(Boolean).join('; ');
    return this.audit.around(
      { username: user.username, action: vars ? 'incident.retryWithVariables' : 'incident.resolve', resourceType: 'incident', resourceKey: incidentKey, processInstanceKey: piKey, detail },
      async () => {
        if (vars && piKey) await api.createElementInstanceVariables({ elementInstanceKey: asKey(piKey), variables: vars, local: true });
        // A job incident comes back at once unless the job has retries again (as Operate does: retries, then resolve).
        if (incident.jobKey && incident.errorType === 'JOB_NO_RETRIES') await api.updateJob({ jobKey: asKey(String(incident.jobKey)), changeset: { retries: 1 } });
        await api.resolveIncident({ incidentKey: asKey(incidentKey) });
        return this.outcome(incidentKey, String(incident.elementInstanceKey), str(incident.jobKey));
      },
      (r) => ({ detail: `${detail}; outcome: ${r.outcome}` }),
    );
  }

  /** Watches the retried element until it goes on, fails again, or the wait ends with its job still open. */
  private async outcome(incidentKey: string, elementInstanceKey: string, jobKey: string | null): Promise<ResolveOutcomeDto> {
    const api = this.runtime.api;
    const deadline = Date.now() + (jobKey ? OUTCOME_WAIT_MS : 0);
    for (;;) {
      const again = await api.searchIncidents({ filter: { elementInstanceKey: asKey(elementInstanceKey), state: 'ACTIVE' } as never, page: { from: 0, limit: 5 } }, NOW);
      const back = (again.items ?? []).find((i) => String(i.incidentKey) !== incidentKey);
      if (back) return { incidentKey, outcome: 'failedAgain', newIncidentKey: String(back.incidentKey), detail: str(back.errorMessage) };
      if (!jobKey) return { incidentKey, outcome: 'resolved', newIncidentKey: null, detail: null };
      const jobs = await api.searchJobs({ filter: { jobKey: asKey(jobKey) } as never, page: { from: 0, limit: 1 } }, NOW);
      const state = jobs.items?.[0]?.state;
      if (state && state !== 'CREATED' && state !== 'FAILED') return { incidentKey, outcome: 'resolved', newIncidentKey: null, detail: null };
      if (Date.now() >= deadline) return { incidentKey, outcome: 'pending', newIncidentKey: null, detail: 'the job waits for a worker' };
      await new Promise((r) => setTimeout(r, OUTCOME_POLL_MS));
    }
  }

  /** Retries many incidents one after the other; each item reports its own outcome. */
  startBatch(user: Principal, incidentKeys: string[]): string {
    return this.batches.start(user, 'resolveIncidents', incidentKeys, async (key): Promise<ItemResult> => {
      const r = await this.resolve(user, key);
      return { outcome: r.outcome === 'resolved' ? 'succeeded' : r.outcome, detail: r.detail ?? null };
    });
  }
}
