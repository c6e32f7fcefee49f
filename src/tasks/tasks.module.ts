import { DynamicModule, Module } from '@nestjs/common';
import { CASE_DATA_DIR, CaseFileService } from './case-file.service';
import { CaseFilesController } from './case-files.controller';
import { CasesController } from './cases.controller';
import { TasksController } from './tasks.controller';
import { StartableService } from './startable.service';
import { TasksService } from './tasks.service';

/** Officer endpoints: task queue and task actions, starting cases; cases by identity (officers and managers). */
@Module({})
export class TasksModule {
  /** `dataDir`: where the notice outbox is, for the documents on the case page. */
  static forRoot(options: { dataDir?: string } = {}): DynamicModule {
    return {
      module: TasksModule,
      providers: [TasksService, StartableService, CaseFileService, { provide: CASE_DATA_DIR, useValue: options.dataDir ?? null }],
      // After CasesController: `GET /api/cases/startable` is matched before `GET /api/cases/:applicationNumber`.
      controllers: [TasksController, CasesController, CaseFilesController],
      exports: [TasksService, CaseFileService],
    };
  }
}
