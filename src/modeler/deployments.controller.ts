import { Body, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service';
import { CurrentUser } from '../auth/access.guard';
import { Principal, Roles } from '../auth/roles';
import { CamundaClientProvider } from '../runtime/camunda-client';
import { ApiController } from '../ui-api/api-controller';
import { problem } from '../ui-api/problem';
import { isBlocking, LintMessage, lintBpmn } from './bpmn-lint';
import { FormsStore } from './forms.store';
import { DeploymentDto, LintResultDto, ResourceDto, ResourcesDto } from './modeler.dto';

/** Form files must be JSON objects with an `id` (the formId user tasks link to). */
function checkForms(resources: ResourceDto[]): { messages: LintMessage[]; schemas: Map<string, Record<string, unknown>> } {
  const messages: LintMessage[] = [];
  const schemas = new Map<string, Record<string, unknown>>();
  for (const r of resources.filter((x) => x.name.endsWith('.form'))) {
    try {
      const schema = JSON.parse(r.content);
      if (!schema || typeof schema !== 'object' || typeof schema.id !== 'string') throw new Error('a form needs a string "id"');
      schemas.set(r.name, schema);
    } catch (err) {
      messages.push({ resource: r.name, elementId: null, rule: 'form', category: 'error', message: `Not a Camunda form: ${(err as Error).message}` });
    }
  }
  return { messages, schemas };
}

@ApiController('deployments', 'analyst')
@Roles('analyst')
export class DeploymentsController {
  constructor(
    private readonly runtime: CamundaClientProvider,
    private readonly forms: FormsStore,
    private readonly audit: AuditService,
  ) {}

  @Post('lint')
  @HttpCode(200)
  @ApiOkResponse({ type: LintResultDto })
  async lint(@Body() body: ResourcesDto): Promise<LintResultDto> {
    const messages = await this.lintAll(body.resources);
    return { errors: messages.filter(isBlocking), warnings: messages.filter((m) => !isBlocking(m)) };
  }

  @Post()
  @ApiCreatedResponse({ type: DeploymentDto })
  @ApiUnprocessableEntityResponse({ description: 'lint errors: problem detail with `lint` (LintMessage[])' })
  deploy(@CurrentUser() me: Principal, @Body() body: ResourcesDto): Promise<DeploymentDto> {
    const names = body.resources.map((r) => r.name).join(', ');
    return this.audit.around(
      { username: me.username, action: 'deployment.create', resourceType: 'deployment', detail: `resources: ${names}` },
      async () => {
        const messages = await this.lintAll(body.resources);
        const errors = messages.filter(isBlocking);
        if (errors.length) throw problem(422, `Deployment refused: ${errors.length} lint error(s)`, { lint: errors });
        const files = body.resources.map((r) => new File([r.content], r.name, { type: 'application/octet-stream' }));
        const result = await this.runtime.api.createDeployment({ resources: files });
        const schemas = checkForms(body.resources).schemas;
        const out: DeploymentDto = { deploymentKey: String(result.deploymentKey), processes: [], forms: [], warnings: messages };
        for (const d of result.deployments ?? []) {
          if (d.processDefinition) {
            const p = d.processDefinition;
            out.processes.push({ processDefinitionId: String(p.processDefinitionId), processDefinitionKey: String(p.processDefinitionKey), version: p.processDefinitionVersion, resourceName: p.resourceName });
          }
          if (d.form) {
            const f = { formId: String(d.form.formId), formKey: String(d.form.formKey), version: d.form.version ?? 1, resourceName: d.form.resourceName ?? '' };
            out.forms.push(f);
            const schema = schemas.get(f.resourceName) ?? [...schemas.values()].find((s) => s.id === f.formId);
            if (schema) this.forms.save({ ...f, schema });
          }
        }
        return out;
      },
      (r) => ({ resourceKey: r.deploymentKey }),
    );
  }

  private async lintAll(resources: ResourceDto[]): Promise<LintMessage[]> {
    const bpmn = await lintBpmn(resources.filter((r) => r.name.endsWith('.bpmn')));
    return [...bpmn, ...checkForms(resources).messages];
  }
}
