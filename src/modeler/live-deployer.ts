import { Injectable } from '@nestjs/common';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { LintMessage } from './bpmn-lint';
import { FormsService } from './forms.service';
import { FormsStore } from './forms.store';
import { Resource } from './lint.service';
import { DeploymentDto } from './modeler.dto';

/** What a deployment would change on the live runtime: the process, form and DRG (DMN file) ids that would get a new version. */
export interface LiveChange {
  processes: string[];
  forms: string[];
  decisions: string[];
}

/** True when a deployment replaces something live: a second person approves it. */
export const changesLive = (c: LiveChange) => c.processes.length + c.forms.length + c.decisions.length > 0;

const processIdOf = (xml: string) => /<(?:\w+:)?process\b[^>]*\bid="([^"]+)"/.exec(xml)?.[1];
/** A DMN file's definitions id: the id of its decision requirements graph, which versions as a whole. */
const drgIdOf = (xml: string) => /<(?:\w+:)?definitions\b[^>]*\bid="([^"]+)"/.exec(xml)?.[1];
const canonical = (json: unknown) => JSON.stringify(json);
const formIdOf = (content: string): string | undefined => {
  try {
    const id = JSON.parse(content)?.id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Deploys to the live runtime (the only place that does), and tells which resources would replace a live
 * definition: a process id, form id or DRG id already deployed with other content. An identical resource is a duplicate
 * (no new version, as in Zeebe); a new id changes nothing that runs.
 */
@Injectable()
export class LiveDeployer {
  constructor(
    private readonly runtime: CamundaClientProvider,
    private readonly forms: FormsService,
    private readonly store: FormsStore,
  ) {}

  /** The live content of the definition a resource would replace (latest version), or null when its id is new. */
  async liveContent(r: Resource): Promise<string | null> {
    if (r.name.endsWith('.form')) {
      const id = formIdOf(r.content);
      const live = id ? this.forms.find(id) : undefined;
      return live ? JSON.stringify(live, null, 2) : null;
    }
    if (r.name.endsWith('.dmn')) return this.liveDrg(r.content);
    const id = processIdOf(r.content);
    if (!id) return null;
    const found = await this.runtime.api.searchProcessDefinitions({ filter: { processDefinitionId: id }, sort: [{ field: 'version', order: 'DESC' }], page: { from: 0, limit: 1 } }, NOW);
    const latest = found.items?.[0];
    return latest?.processDefinitionKey ? String(await this.runtime.api.getProcessDefinitionXml({ processDefinitionKey: latest.processDefinitionKey }, NOW)) : null;
  }

  private async liveDrg(xml: string): Promise<string | null> {
    const id = drgIdOf(xml);
    if (!id) return null;
    const found = await this.runtime.api.searchDecisionRequirements({ filter: { decisionRequirementsId: id }, sort: [{ field: 'version', order: 'DESC' }], page: { from: 0, limit: 1 } }, NOW);
    const latest = found.items?.[0];
    return latest?.decisionRequirementsKey ? String(await this.runtime.api.getDecisionRequirementsXml({ decisionRequirementsKey: latest.decisionRequirementsKey }, NOW)) : null;
  }

  async changes(resources: Resource[]): Promise<LiveChange> {
    const out: LiveChange = { processes: [], forms: [], decisions: [] };
    for (const r of resources) {
      const live = await this.liveContent(r);
      if (live === null) continue;
      if (r.name.endsWith('.bpmn') && live !== r.content) out.processes.push(processIdOf(r.content)!);
      if (r.name.endsWith('.dmn') && live !== r.content) out.decisions.push(drgIdOf(r.content)!);
      if (r.name.endsWith('.form') && canonical(JSON.parse(live)) !== canonical(JSON.parse(r.content))) out.forms.push(formIdOf(r.content)!);
    }
    return out;
  }

  async deploy(resources: Resource[], warnings: LintMessage[]): Promise<DeploymentDto> {
    const files = resources.map((r) => new File([r.content], r.name, { type: 'application/octet-stream' }));
    const result = await this.runtime.api.createDeployment({ resources: files });
    const schemas = new Map<string, Record<string, unknown>>();
    for (const r of resources.filter((x) => x.name.endsWith('.form'))) schemas.set(r.name, JSON.parse(r.content));
    const out: DeploymentDto = { deploymentKey: String(result.deploymentKey), processes: [], forms: [], decisions: [], warnings };
    for (const d of result.deployments ?? []) {
      if (d.processDefinition) {
        const p = d.processDefinition;
        out.processes.push({ processDefinitionId: String(p.processDefinitionId), processDefinitionKey: String(p.processDefinitionKey), version: p.processDefinitionVersion, resourceName: p.resourceName });
      }
      if (d.decisionDefinition) {
        const x = d.decisionDefinition;
        out.decisions.push({ decisionDefinitionId: String(x.decisionDefinitionId), decisionDefinitionKey: String(x.decisionDefinitionKey), version: x.version ?? 1, decisionRequirementsId: String(x.decisionRequirementsId) });
      }
      if (d.form) {
        const f = { formId: String(d.form.formId), formKey: String(d.form.formKey), version: d.form.version ?? 1, resourceName: d.form.resourceName ?? '' };
        out.forms.push(f);
        const schema = schemas.get(f.resourceName) ?? [...schemas.values()].find((s) => s.id === f.formId);
        if (schema) this.store.save({ ...f, schema });
      }
    }
    return out;
  }
}
