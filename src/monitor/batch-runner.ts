import { Injectable } from '@nestjs/common';
import { Principal } from '../auth/roles';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { problem } from '../ui-api/problem';
import { BatchesService, ItemResult } from './batches.service';
import { IncidentsService } from './incidents.service';
import { BatchPreviewDto, BatchRequestDto } from './operations.dto';
import { OperationsService } from './operations.service';

/** Upper bound of items one batch takes; a larger set is narrowed by filter first. */
const MAX_ITEMS = 10_000;
const PAGE = 1000;
/** The preview of a migration dry-runs this many instances to say how many would be refused. */
const PREVIEW_PLANS = 100;

/** Batch operations on a filtered set: selects the items, previews the count, runs the operation per item. */
@Injectable()
export class BatchRunner {
  constructor(
    private readonly runtime: CamundaClientProvider,
    private readonly batches: BatchesService,
    private readonly ops: OperationsService,
    private readonly incidents: IncidentsService,
  ) {}

  async preview(req: BatchRequestDto): Promise<BatchPreviewDto> {
    this.check(req);
    const keys = await this.select(req);
    const out: BatchPreviewDto = { operation: req.operation, total: keys.length, sample: keys.slice(0, 20) };
    if (req.operation === 'migrate') {
      let blocked = 0;
      for (const key of keys.slice(0, PREVIEW_PLANS)) {
        const plan = await this.ops.planMigration(key, req.migration!).catch(() => undefined);
        if (!plan?.canMigrate) blocked++;
      }
      out.blocked = blocked;
    }
    return out;
  }

  async start(user: Principal, req: BatchRequestDto): Promise<string> {
    this.check(req);
    const keys = await this.select(req);
    const reason = req.reason ?? '';
    const run = (key: string): Promise<ItemResult> => {
      switch (req.operation) {
        case 'cancel':
          return this.ops.cancel(user, key, reason).then(() => ({ outcome: 'succeeded' }));
        case 'migrate':
          return this.ops.migrate(user, key, req.migration!, reason).then(() => ({ outcome: 'succeeded' }));
        case 'resolveIncidents':
          return this.incidents.resolve(user, key).then((r) => ({ outcome: r.outcome === 'resolved' ? 'succeeded' : r.outcome, detail: r.detail ?? null }));
      }
    };
    return this.batches.start(user, req.operation, keys, run, req.reason);
  }

  private check(req: BatchRequestDto): void {
    if (req.operation !== 'resolveIncidents' && (!req.reason || req.reason.trim().length < 5)) throw problem(400, 'reason must say why (at least 5 characters)', { errors: [{ property: 'reason', messages: ['required'] }] });
    if (req.operation === 'migrate' && !req.migration) throw problem(400, 'migrate needs a migration (target and mapping)', { errors: [{ property: 'migration', messages: ['required'] }] });
  }

  /** Keys of the items: active incidents for resolveIncidents, active instances otherwise (not those already on the target). */
  private async select(req: BatchRequestDto): Promise<string[]> {
    const api = this.runtime.api;
    const f = req.filter;
    const keys: string[] = [];
    if (req.operation === 'resolveIncidents') {
      const filter: Record<string, unknown> = { state: 'ACTIVE', processDefinitionId: f.processDefinitionId };
      for (let from = 0; keys.length < MAX_ITEMS; from += PAGE) {
        const r = await api.searchIncidents({ filter: filter as never, page: { from, limit: PAGE }, sort: [{ field: 'incidentKey', order: 'ASC' }] } as never, NOW);
        const items = r.items ?? [];
        keys.push(...items.map((i) => String(i.incidentKey)));
        if (items.length < PAGE) break;
      }
      return keys;
    }
    const filter: Record<string, unknown> = { state: 'ACTIVE', processDefinitionId: f.processDefinitionId };
    if (f.version) filter.processDefinitionVersion = f.version;
    if (f.onlyWithIncident) filter.hasIncident = true;
    for (let from = 0; keys.length < MAX_ITEMS; from += PAGE) {
      const r = await api.searchProcessInstances({ filter: filter as never, page: { from, limit: PAGE }, sort: [{ field: 'processInstanceKey', order: 'ASC' }] } as never, NOW);
      const items = (r.items ?? []).filter((p) => req.operation !== 'migrate' || String(p.processDefinitionKey) !== req.migration!.targetProcessDefinitionKey);
      // Child instances go with their root (cancel) and are migrated on their own procedure.
      keys.push(...items.filter((p) => !p.parentProcessInstanceKey).map((p) => String(p.processInstanceKey)));
      if ((r.items ?? []).length < PAGE) break;
    }
    return keys;
  }
}
