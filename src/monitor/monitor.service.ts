import { Injectable } from '@nestjs/common';
import { AuditService, variableNames } from '../audit/audit.service';
import { AuditStore } from '../audit/audit.store';
import { Principal } from '../auth/roles';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { asKey, decodeValue } from '../ui-api/runtime-values';
import { CaseRows } from './case-rows';
import { toElementInstance, toIncident, toInstance } from './monitor-mappers';
import { InstanceDetailDto, InstanceListDto, InstanceQueryDto, ProcessSummaryDto } from './monitor.dto';

const STATES = ['ACTIVE', 'COMPLETED', 'TERMINATED'] as const;
/** Upper bound of element instances, incidents and variables read for one case. */
const CASE_LIMIT = 1000;

type Raw = Record<string, unknown>;

@Injectable()
export class MonitorService {
  constructor(
    private readonly runtime: CamundaClientProvider,
    private readonly audit: AuditService,
    private readonly auditStore: AuditStore,
    private readonly cases: CaseRows,
  ) {}

  /** Instance counts per procedure and state, from the runtime's totals (one small search per count). */
  async processes(): Promise<ProcessSummaryDto[]> {
    const defs = await this.runtime.api.searchProcessDefinitions({ page: { from: 0, limit: 1000 }, sort: [{ field: 'version', order: 'DESC' }] }, NOW);
    const latest = new Map<string, { name: string; version: number }>();
    for (const d of defs.items ?? []) {
      const id = String(d.processDefinitionId);
      const v = d.version ?? 0;
      if (!latest.has(id) || latest.get(id)!.version < v) latest.set(id, { name: d.name ?? id, version: v });
    }
    const count = async (filter: Raw) => {
      const r = await this.runtime.api.searchProcessInstances({ filter: filter as never, page: { from: 0, limit: 1 } }, NOW);
      return Number(r.page?.totalItems ?? 0);
    };
    const items = await Promise.all(
      [...latest.entries()].map(async ([id, { name, version }]) => {
        const [ACTIVE, COMPLETED, TERMINATED, withIncidents] = await Promise.all([
          ...STATES.map((state) => count({ processDefinitionId: id, state })),
          count({ processDefinitionId: id, state: 'ACTIVE', hasIncident: true }),
        ]);
        return { processDefinitionId: id, name, latestVersion: version, counts: { ACTIVE, COMPLETED, TERMINATED }, withIncidents };
      }),
    );
    return items.sort((a, b) => a.processDefinitionId.localeCompare(b.processDefinitionId));
  }

  /** One page of instances, each with who its case is about; `q` narrows them with the case search's matcher. */
  async instances(user: Principal, q: InstanceQueryDto): Promise<InstanceListDto> {
    const limit = q.limit ?? 50;
    const offset = q.offset ?? 0;
    const filter: Raw = {};
    if (q.processDefinitionId) filter.processDefinitionId = q.processDefinitionId;
    if (q.state) filter.state = q.state;
    if (q.hasIncident !== undefined) filter.hasIncident = q.hasIncident;
    if (q.q) {
      const keys = [...(await this.cases.matching(q.q)).keys()];
      if (!keys.length) {
        await this.cases.attach(user, 'instance.list', [], q.q);
        return { items: [], page: { totalItems: 0, limit, offset } };
      }
      filter.processInstanceKey = { $in: keys };
    }
    const r = await this.runtime.api.searchProcessInstances({ filter: filter as never, page: { from: offset, limit }, sort: [{ field: 'startDate', order: 'DESC' }] }, NOW);
    const items = await this.cases.attach(user, 'instance.list', (r.items ?? []).map((p) => toInstance(p as unknown as Raw)), q.q);
    return { items, page: { totalItems: Number(r.page?.totalItems ?? 0), limit, offset } };
  }

  /** Everything the monitor shows for one case; reads applicant data (variables), so it is audited. */
  async detail(user: Principal, key: string): Promise<InstanceDetailDto> {
    return this.audit.around(
      { username: user.username, action: 'instance.read', resourceType: 'processInstance', resourceKey: key, processInstanceKey: key },
      async () => {
        const api = this.runtime.api;
        const [instance] = await this.cases.identify([toInstance((await api.getProcessInstance({ processInstanceKey: asKey(key) }, NOW)) as unknown as Raw)]);
        const page = { from: 0, limit: CASE_LIMIT };
        const [xml, elements, incidents, variables, tasks] = await Promise.all([
          api.getProcessDefinitionXml({ processDefinitionKey: asKey(instance.processDefinitionKey) }, NOW),
          api.searchElementInstances({ filter: { processInstanceKey: asKey(key) }, page }, NOW),
          api.searchIncidents({ filter: { processInstanceKey: asKey(key) }, page }, NOW),
          api.searchVariables({ filter: { processInstanceKey: asKey(key) }, page, truncateValues: false }, NOW),
          api.searchUserTasks({ filter: { processInstanceKey: asKey(key), state: 'CREATED' } as never, page }, NOW),
        ]);
        const history = (elements.items ?? []).map((e) => toElementInstance(e as unknown as Raw));
        history.sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? '') || compareKeys(a.elementInstanceKey, b.elementInstanceKey));
        const processVariables: Record<string, unknown> = {};
        for (const v of variables.items ?? []) if (String(v.scopeKey) === key) processVariables[v.name] = decodeValue(v.value);
        return {
          instance,
          xml: String(xml),
          activeElements: history.filter((e) => e.state === 'ACTIVE'),
          history,
          incidents: (incidents.items ?? []).map((i) => toIncident(i as unknown as Raw)),
          variables: processVariables,
          openTasks: (tasks.items ?? []).map((t) => ({ userTaskKey: String(t.userTaskKey), elementId: String(t.elementId), name: t.name ? String(t.name) : null, assignee: t.assignee ? String(t.assignee) : null })),
          audit: this.auditStore.query({ processInstanceKey: key, limit: 500 }),
        };
      },
      (r) => ({ detail: variableNames(r.variables) }),
    );
  }
}

/** Keys are decimal strings of up to 64-bit numbers: compare by length, then lexically. */
export const compareKeys = (a: string, b: string) => a.length - b.length || a.localeCompare(b);
