import { Get, Param } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { Roles } from '../auth/roles';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { asKey, str } from '../ui-api/runtime-values';
import { ApiController } from '../ui-api/api-controller';
import { DecisionRequirementsDto, DecisionRequirementsListDto, DecisionXmlDto } from './modeler.dto';

/**
 * Deployed decision tables, one entry per DMN file (decision requirements graph, DRG) with its decisions: what the
 * modeler lists and opens for editing. The XML is the whole DRG, as deployed.
 */
@ApiController('decision-requirements', 'analyst')
@Roles('analyst', 'manager')
export class DecisionRequirementsController {
  constructor(private readonly runtime: CamundaClientProvider) {}

  @Get()
  @ApiOkResponse({ type: DecisionRequirementsListDto })
  async list(): Promise<DecisionRequirementsListDto> {
    const [drgs, decisions] = await Promise.all([
      this.runtime.api.searchDecisionRequirements({ page: { from: 0, limit: 1000 }, sort: [{ field: 'version', order: 'DESC' }] }, NOW),
      this.runtime.api.searchDecisionDefinitions({ page: { from: 0, limit: 1000 } }, NOW),
    ]);
    const byId = new Map<string, DecisionRequirementsDto>();
    for (const d of drgs.items ?? []) {
      const id = String(d.decisionRequirementsId);
      const version = { decisionRequirementsKey: String(d.decisionRequirementsKey), version: d.version ?? 0, resourceName: str(d.resourceName) };
      const entry = byId.get(id) ?? { decisionRequirementsId: id, name: str(d.decisionRequirementsName) ?? id, latest: version, versions: [], decisions: [] };
      entry.versions.push(version);
      byId.set(id, entry);
    }
    const items = [...byId.values()].map((e) => {
      e.versions.sort((a, b) => b.version - a.version);
      const latest = e.versions[0];
      const own = (decisions.items ?? []).filter((d) => String(d.decisionRequirementsKey) === latest.decisionRequirementsKey);
      return { ...e, latest, decisions: own.map((d) => ({ decisionDefinitionId: String(d.decisionDefinitionId), name: str(d.name) ?? String(d.decisionDefinitionId) })) };
    });
    items.sort((a, b) => a.decisionRequirementsId.localeCompare(b.decisionRequirementsId));
    return { items };
  }

  @Get(':decisionRequirementsKey/xml')
  @ApiOkResponse({ type: DecisionXmlDto })
  async xml(@Param('decisionRequirementsKey') key: string): Promise<DecisionXmlDto> {
    const xml = await this.runtime.api.getDecisionRequirementsXml({ decisionRequirementsKey: asKey(key) }, NOW);
    return { decisionRequirementsKey: key, xml: String(xml) };
  }
}
