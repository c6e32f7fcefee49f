import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Engine } from '../../engine';
import { dueVariables, DueBasis } from '../../workers/calendar/period-end';
import { AuditService } from '../audit/audit.service';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { ENGINE } from '../runtime/engine.token';
import { asKey, decodeValue } from '../ui-api/runtime-values';

/** Upper bound of `…Basis` variables scanned per recomputation. */
const SCAN_LIMIT = 1000;

export interface RecomputedDeadline {
  processInstanceKey: string;
  variable: string;
  from: string;
  to: string;
  provisional: boolean;
  /** Timers moved in this instance (element ids); null when the runtime cannot move timers (Camunda 8). */
  timersMoved: string[] | null;
}

/**
 * After an official bayram date is recorded: every open deadline that was computed on a provisional date (a
 * `<due>Basis` variable next to a `<due>Detail` saying `provisional`) is computed again on the calendar as it is now;
 * a changed date (or certainty) is written back through the runtime, and on the embedded engine the timers reading
 * it are moved. Each change is audited.
 */
@Injectable()
export class DeadlineRecomputeService {
  constructor(
    private readonly runtime: CamundaClientProvider,
    private readonly audit: AuditService,
    @Optional() @Inject(ENGINE) private readonly engine?: Engine,
  ) {}

  async recomputeProvisional(actor: string): Promise<RecomputedDeadline[]> {
    const api = this.runtime.api;
    const bases = await api.searchVariables({ filter: { name: { $like: '*Basis' } } as never, page: { from: 0, limit: SCAN_LIMIT }, truncateValues: false }, NOW);
    const changed: RecomputedDeadline[] = [];
    const touched = new Set<string>();
    for (const v of bases.items ?? []) {
      const processInstanceKey = String(v.processInstanceKey);
      const variable = v.name.slice(0, -'Basis'.length);
      const basis = decodeValue(v.value) as DueBasis;
      if (!basis || typeof basis.parameter !== 'string' || typeof basis.start !== 'string') continue;
      const pi = await api.getProcessInstance({ processInstanceKey: asKey(processInstanceKey) }, NOW).catch(() => undefined);
      if (pi?.state !== 'ACTIVE') continue;
      const scope = await api.searchVariables({ filter: { processInstanceKey: asKey(processInstanceKey), scopeKey: asKey(String(v.scopeKey)) } as never, page: { from: 0, limit: 1000 }, truncateValues: false }, NOW);
      const current = Object.fromEntries((scope.items ?? []).map((x) => [x.name, decodeValue(x.value)]));
      const detail = current[`${variable}Detail`] as { provisional?: boolean } | undefined;
      if (!detail?.provisional) continue;
      const next = dueVariables(variable, basis);
      const nextDetail = next[`${variable}Detail`] as { provisional: boolean };
      if (next[variable] === current[variable] && nextDetail.provisional === detail.provisional) continue;
      await api.createElementInstanceVariables({ elementInstanceKey: asKey(String(v.scopeKey)), variables: { [variable]: next[variable], [`${variable}Detail`]: nextDetail }, local: true });
      changed.push({ processInstanceKey, variable, from: String(current[variable]), to: String(next[variable]), provisional: nextDetail.provisional, timersMoved: null });
      touched.add(processInstanceKey);
    }
    for (const processInstanceKey of touched) {
      const moved = this.engine ? (await this.engine.rescheduleTimers(processInstanceKey)).timers.map((t) => t.elementId) : null;
      for (const c of changed.filter((x) => x.processInstanceKey === processInstanceKey)) {
        c.timersMoved = moved;
        this.audit.record({
          username: actor,
          action: 'deadline.recompute',
          resourceType: 'variable',
          resourceKey: c.variable,
          processInstanceKey,
          outcome: 'success',
          detail: `${c.from} → ${c.to}; ${c.provisional ? 'still provisional' : 'official'}; timers moved: ${moved === null ? 'not supported by this runtime' : moved.join(', ') || 'none'}`,
        });
      }
    }
    return changed;
  }
}
