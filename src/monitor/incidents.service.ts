import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/roles';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { asKey, str } from '../ui-api/runtime-values';
import { problem } from '../ui-api/problem';
import { toIncident } from './monitor-mappers';
import { BatchProgressDto, IncidentListDto, IncidentQueryDto } from './monitor.dto';

/** Finished batches are forgotten after this long; a batch is progress for the UI, the audit log keeps the record. */
const BATCH_TTL_MS = 60 * 60 * 1000;

interface Batch extends BatchProgressDto {
  owner: string;
  finishedAt?: number;
}

@Injectable()
export class IncidentsService {
  private readonly batches = new Map<string, Batch>();

  constructor(
    private readonly runtime: CamundaClientProvider,
    private readonly audit: AuditService,
  ) {}

  async list(q: IncidentQueryDto): Promise<IncidentListDto> {
    const limit = q.limit ?? 100;
    const offset = q.offset ?? 0;
    const filter: Record<string, unknown> = { state: q.state ?? 'ACTIVE' };
    if (q.processDefinitionId) filter.processDefinitionId = q.processDefinitionId;
    if (q.processInstanceKey) filter.processInstanceKey = q.processInstanceKey;
    const r = await this.runtime.api.searchIncidents({ filter: filter as never, page: { from: offset, limit } }, NOW);
    return { items: (r.items ?? []).map((i) => toIncident(i as unknown as Record<string, unknown>)), page: { totalItems: Number(r.page?.totalItems ?? 0), limit, offset } };
  }

  /** Resolves one incident; audited with its case. */
  async resolve(user: Principal, incidentKey: string): Promise<void> {
    const incident = await this.runtime.api.getIncident({ incidentKey: asKey(incidentKey) }, NOW);
    await this.audit.around(
      { username: user.username, action: 'incident.resolve', resourceType: 'incident', resourceKey: incidentKey, processInstanceKey: str(incident.processInstanceKey), detail: str(incident.errorType) },
      async () => {
        // A job incident comes back at once unless the job has retries again (as Operate does: retries, then resolve).
        if (incident.jobKey && incident.errorType === 'JOB_NO_RETRIES') await this.runtime.api.updateJob({ jobKey: asKey(String(incident.jobKey)), changeset: { retries: 1 } });
        await this.runtime.api.resolveIncident({ incidentKey: asKey(incidentKey) });
      },
    );
  }

  /** Starts resolving many incidents one after the other; progress via `progress(batchId)`. */
  startBatch(user: Principal, incidentKeys: string[]): string {
    this.forgetOld();
    const batchId = randomUUID();
    const batch: Batch = { batchId, owner: user.username, total: incidentKeys.length, resolved: 0, failed: 0, done: false, failures: [] };
    this.batches.set(batchId, batch);
    this.audit.record({ username: user.username, action: 'incident.resolveBatch', resourceType: 'incidentBatch', resourceKey: batchId, outcome: 'success', detail: `incidents: ${incidentKeys.length}` });
    void (async () => {
      for (const key of incidentKeys) {
        try {
          await this.resolve(user, key);
          batch.resolved++;
        } catch (err) {
          batch.failed++;
          const e = err as { detail?: string; message?: string };
          batch.failures.push({ incidentKey: key, detail: e.detail ?? e.message ?? 'failed' });
        }
      }
      batch.done = true;
      batch.finishedAt = Date.now();
    })();
    return batchId;
  }

  progress(batchId: string): BatchProgressDto {
    const batch = this.batches.get(batchId);
    if (!batch) throw problem(404, `No batch ${batchId}`);
    const { owner: _owner, finishedAt: _finishedAt, ...progress } = batch;
    return { ...progress, failures: [...progress.failures] };
  }

  private forgetOld(): void {
    const now = Date.now();
    for (const [id, b] of this.batches) if (b.finishedAt && now - b.finishedAt > BATCH_TTL_MS) this.batches.delete(id);
  }
}
