import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { PUBLISHED_MESSAGES } from '../../processes/contracts/messages';
import { JOB_TYPES } from '../../workers/job-types';
import { closeLintWorker, LintMessage, lintBpmn } from './bpmn-lint';
import { CalledDecisions } from './called-decisions';
import { lintDmn } from './dmn-lint';
import { checkFormContent } from './form-check';
import { FormsService } from './forms.service';
import { Lang } from './lint-texts';
import { productLint } from './product-lint';

export interface Resource {
  name: string;
  content: string;
}

export const CALLED_DECISIONS = Symbol('CALLED_DECISIONS');

/** The one lint of the product: camunda-compat, then the product's own rules, then the decision tables and the forms. Used live and at deployment. */
@Injectable()
export class LintService implements OnApplicationShutdown {
  private readonly published = new Set(Object.keys(PUBLISHED_MESSAGES));

  constructor(
    private readonly forms: FormsService,
    @Inject(CALLED_DECISIONS) private readonly calledDecisions: CalledDecisions,
  ) {}

  async lint(resources: Resource[], lang: Lang): Promise<LintMessage[]> {
    const bpmn = resources.filter((r) => r.name.endsWith('.bpmn'));
    const formChecks = resources.filter((r) => r.name.endsWith('.form')).map((r) => checkFormContent(r.name, r.content, lang));
    const sameDeployment = new Map(formChecks.filter((f) => f.schema).map((f) => [String(f.schema!.id), f.schema!]));
    const dmn = resources.filter((r) => r.name.endsWith('.dmn'));
    const [compat, product, decisions] = await Promise.all([
      lintBpmn(bpmn, lang),
      productLint(bpmn, { jobTypes: JOB_TYPES, form: (id) => sameDeployment.get(id) ?? this.forms.find(id), publishedMessages: this.published, lang }),
      lintDmn(dmn, { calledDecisions: this.calledDecisions, lang }),
    ]);
    return [...compat, ...product, ...decisions, ...formChecks.flatMap((f) => f.messages)];
  }

  onApplicationShutdown(): void {
    closeLintWorker();
  }
}
