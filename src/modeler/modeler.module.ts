import { DynamicModule, Module } from '@nestjs/common';
import { CommentsController, CommentsStore } from './comments';
import { DeploymentRequestsController } from './deployment-requests.controller';
import { DeploymentRequestsStore } from './deployment-requests.store';
import { DeploymentsController } from './deployments.controller';
import { ElementTemplatesController } from './element-templates.controller';
import { CalledDecisions } from './called-decisions';
import { DecisionRequirementsController } from './decision-requirements.controller';
import { CALLED_DECISIONS, LintService } from './lint.service';
import { LiveDeployer } from './live-deployer';
import { FORMS_DIR, FormsService } from './forms.service';
import { FormsController } from './forms.controller';
import { FormsStore } from './forms.store';
import { ProcessDefinitionsController } from './process-definitions.controller';

/** Analyst endpoints: process and decision definitions, lint, deployments and their approval, element templates, forms. */
@Module({})
export class ModelerModule {
  static forRoot(options: { formsDir: string; processesDir: string }): DynamicModule {
    return {
      module: ModelerModule,
      providers: [{ provide: FORMS_DIR, useValue: options.formsDir }, { provide: CALLED_DECISIONS, useFactory: () => new CalledDecisions(options.processesDir) }, FormsStore, FormsService, LintService, LiveDeployer, DeploymentRequestsStore, CommentsStore],
      exports: [FormsService, LintService],
      controllers: [ProcessDefinitionsController, DecisionRequirementsController, DeploymentsController, DeploymentRequestsController, ElementTemplatesController, CommentsController, FormsController],
    };
  }
}
