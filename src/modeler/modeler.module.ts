import { DynamicModule, Module } from '@nestjs/common';
import { DeploymentsController } from './deployments.controller';
import { FORMS_DIR, FormsService } from './forms.service';
import { FormsController } from './forms.controller';
import { FormsStore } from './forms.store';
import { ProcessDefinitionsController } from './process-definitions.controller';

/** Analyst endpoints: process definitions, lint, deployments, forms. */
@Module({})
export class ModelerModule {
  static forRoot(options: { formsDir: string }): DynamicModule {
    return {
      module: ModelerModule,
      providers: [{ provide: FORMS_DIR, useValue: options.formsDir }, FormsStore, FormsService],
      controllers: [ProcessDefinitionsController, DeploymentsController, FormsController],
    };
  }
}
