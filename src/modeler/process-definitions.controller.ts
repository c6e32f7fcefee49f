import { Get, Param } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { Roles } from '../auth/roles';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { asKey, str } from '../ui-api/runtime-values';
import { ApiController } from '../ui-api/api-controller';
import { ProcessDefinitionDto, ProcessDefinitionListDto, ProcessXmlDto } from './modeler.dto';

/** Deployed process definitions. Managers read them too (monitor: diagram of an instance's version). */
@ApiController('process-definitions', 'analyst')
@Roles('analyst', 'manager')
export class ProcessDefinitionsController {
  constructor(private readonly runtime: CamundaClientProvider) {}

  @Get()
  @ApiOkResponse({ type: ProcessDefinitionListDto })
  async list(): Promise<ProcessDefinitionListDto> {
    const result = await this.runtime.api.searchProcessDefinitions({ page: { from: 0, limit: 1000 }, sort: [{ field: 'version', order: 'DESC' }] }, NOW);
    const byId = new Map<string, ProcessDefinitionDto>();
    for (const d of result.items ?? []) {
      const id = String(d.processDefinitionId);
      const version = { processDefinitionKey: String(d.processDefinitionKey), version: d.version ?? 0, versionTag: str(d.versionTag), resourceName: str(d.resourceName), runningInstances: 0 };
      const entry = byId.get(id) ?? { processDefinitionId: id, name: str(d.name), latest: version, versions: [] };
      entry.versions.push(version);
      byId.set(id, entry);
    }
    // Running cases per version: what a new version leaves behind (migration is the monitor's).
    await Promise.all(
      [...byId.values()].flatMap((e) => e.versions).map(async (v) => {
        const r = await this.runtime.api.searchProcessInstances({ filter: { processDefinitionKey: asKey(v.processDefinitionKey), state: 'ACTIVE' }, page: { from: 0, limit: 1 } }, NOW);
        v.runningInstances = Number(r.page?.totalItems ?? r.items?.length ?? 0);
      }),
    );
    const items = [...byId.values()].map((e) => {
      e.versions.sort((a, b) => b.version - a.version);
      return { ...e, latest: e.versions[0], name: e.name ?? e.processDefinitionId };
    });
    items.sort((a, b) => a.processDefinitionId.localeCompare(b.processDefinitionId));
    return { items };
  }

  @Get(':processDefinitionKey/xml')
  @ApiOkResponse({ type: ProcessXmlDto })
  async xml(@Param('processDefinitionKey') key: string): Promise<ProcessXmlDto> {
    const xml = await this.runtime.api.getProcessDefinitionXml({ processDefinitionKey: asKey(key) }, NOW);
    return { processDefinitionKey: key, xml: String(xml) };
  }
}
