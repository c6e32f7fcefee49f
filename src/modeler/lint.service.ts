import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { PUBLISHED_MESSAGES } from '../../processes/contracts/messages';
import { JOB_TYPES } from '../../workers/job-types';
import { closeLintWorker, LintMessage, lintBpmn } from './bpmn-lint';
import { checkFormContent } from './form-check';
import { FormsService } from './forms.service';
import { Lang } from './lint-texts';
import { productLint } from './product-lint';

export interface Resource {
  name: string;
  content: string;
}

/** The one lint of the product: camunda-compat, then the product's own rules, then the forms. Used live and at deployment. */
@Injectable()
export class LintService implements OnApplicationShutdown {
  private readonly published = new Set(Object.keys(PUBLISHED_MESSAGES));

  constructor(private readonly forms: FormsService) {}

  async lint(resources: Resource[], lang: Lang): Promise<LintMessage[]> {
    const bpmn = resources.filter((r) => r.name.endsWith('.bpmn'));
    const formChecks = resources.filter((r) => r.name.endsWith('.form')).map((r) => checkFormContent(r.name, r.content, lang));
    const sameDeployment = new Map(formChecks.filter((f) => f.schema).map((f) => [String(f.schema!.id), f.schema!]));
    const [compat, product] = await Promise.all([
      lintBpmn(bpmn, lang),
      productLint(bpmn, { jobTypes: JOB_TYPES, form: (id) => sameDeployment.get(id) ?? this.forms.find(id), publishedMessages: this.published, lang }),
    ]);
    return [...compat, ...product, ...formChecks.flatMap((f) => f.messages)];
  }

  onApplicationShutdown(): void {
    closeLintWorker();
  }
}
