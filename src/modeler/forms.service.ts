import * as fs from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { problem } from '../ui-api/problem';
import { FormsStore } from './forms.store';
import { FormDto, FormSummaryDto } from './modeler.dto';

export const FORMS_DIR = Symbol('FORMS_DIR');

/** Forms of the repository (`forms/*.form`) and forms deployed through the API; a deployed form wins over the file. */
@Injectable()
export class FormsService {
  constructor(
    private readonly store: FormsStore,
    @Inject(FORMS_DIR) private readonly formsDir: string,
  ) {}

  list(): FormSummaryDto[] {
    const deployed = new Map(this.store.latestAll().map((f) => [f.formId, f]));
    const items: FormSummaryDto[] = [...deployed.values()].map((f) => ({ formId: f.formId, resourceName: f.resourceName, source: 'deployed', formKey: f.formKey, version: f.version }));
    for (const file of this.repositoryFiles()) {
      const formId = this.readFile(file)?.id;
      if (typeof formId === 'string' && !deployed.has(formId)) items.push({ formId, resourceName: file, source: 'repository', formKey: null, version: null });
    }
    return items.sort((a, b) => a.formId.localeCompare(b.formId));
  }

  get(formId: string): FormDto {
    const deployed = this.store.latest(formId);
    if (deployed) return { formId, resourceName: deployed.resourceName, schema: deployed.schema };
    for (const file of this.repositoryFiles()) {
      const schema = this.readFile(file);
      if (schema?.id === formId) return { formId, resourceName: file, schema };
    }
    throw problem(404, `No form ${formId}`);
  }

  /** The schema of a form by id (deployed first, then forms/), or undefined. */
  find(formId: string): Record<string, unknown> | undefined {
    const deployed = this.store.latest(formId);
    if (deployed) return deployed.schema;
    for (const file of this.repositoryFiles()) {
      const schema = this.readFile(file);
      if (schema?.id === formId) return schema;
    }
    return undefined;
  }

  private repositoryFiles(): string[] {
    try {
      return fs.readdirSync(this.formsDir).filter((f) => f.endsWith('.form')).sort();
    } catch {
      return [];
    }
  }

  private readFile(file: string): Record<string, unknown> | undefined {
    try {
      return JSON.parse(fs.readFileSync(path.join(this.formsDir, file), 'utf8'));
    } catch {
      return undefined;
    }
  }
}
