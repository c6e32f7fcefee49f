import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { START_CONTRACTS } from '../../processes/contracts';
import { FormsService } from '../modeler/forms.service';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { asKey, str } from '../ui-api/runtime-values';
import { StartableProcessDto } from './tasks.dto';

/** The start form of a procedure with a start contract, when its start event links none: `forms/start-<processId>.form`. */
export const startFormId = (processDefinitionId: string) => `start-${processDefinitionId}`;

const CONTRACT_ORDER = Object.keys(START_CONTRACTS);

/**
 * What an officer may start from the task list: the latest version of every deployed procedure with a start contract,
 * and of any other deployed process whose none start event links a form (`zeebe:formDefinition`). A process without
 * either is not offered (starting it without a form would be guesswork); `POST /api/cases` still accepts it.
 */
@Injectable()
export class StartableService {
  private formsService?: FormsService;

  constructor(
    private readonly runtime: CamundaClientProvider,
    private readonly moduleRef: ModuleRef,
  ) {}

  async list(): Promise<StartableProcessDto[]> {
    const result = await this.runtime.api.searchProcessDefinitions({ filter: { isLatestVersion: true }, page: { from: 0, limit: 1000 } }, NOW);
    const items = await Promise.all(
      (result.items ?? []).map(async (d): Promise<StartableProcessDto | null> => {
        const processDefinitionId = String(d.processDefinitionId);
        const contract = processDefinitionId in START_CONTRACTS;
        const form = d.hasStartForm ? await this.linkedForm(String(d.processDefinitionKey)) : contract ? this.repositoryForm(startFormId(processDefinitionId)) : null;
        if (!contract && !form) return null;
        return {
          processDefinitionId,
          name: str(d.name) ?? processDefinitionId,
          processDefinitionKey: String(d.processDefinitionKey),
          version: d.version ?? 0,
          contract,
          formId: form?.formId ?? null,
          schema: form?.schema ?? null,
        };
      }),
    );
    const rank = (i: StartableProcessDto) => (i.contract ? CONTRACT_ORDER.indexOf(i.processDefinitionId) : CONTRACT_ORDER.length);
    return items.filter((i): i is StartableProcessDto => i !== null).sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  }

  private async linkedForm(processDefinitionKey: string): Promise<{ formId: string; schema: Record<string, unknown> } | null> {
    const form = (await this.runtime.api.getStartProcessForm({ processDefinitionKey: asKey(processDefinitionKey) }, NOW)) as unknown as { formId?: string; schema?: unknown } | undefined;
    if (!form?.schema) return null;
    const schema = typeof form.schema === 'string' ? JSON.parse(form.schema) : form.schema;
    return { formId: String(form.formId ?? schema.id), schema };
  }

  /** Latest form of that id deployed through the UI API, else the repository's file (as the analyst's form list). */
  private repositoryForm(formId: string): { formId: string; schema: Record<string, unknown> } | null {
    // FormsService belongs to the modeler module, which does not export it; looked up once instead of re-providing it here.
    this.formsService ??= this.moduleRef.get(FormsService, { strict: false });
    try {
      return { formId, schema: this.formsService.get(formId).schema };
    } catch {
      return null;
    }
  }
}
