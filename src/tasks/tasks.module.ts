import { Module } from '@nestjs/common';
import { CasesController } from './cases.controller';
import { TasksController } from './tasks.controller';
import { StartableService } from './startable.service';
import { TasksService } from './tasks.service';

/** Officer endpoints: task queue and task actions, starting cases. */
@Module({ providers: [TasksService, StartableService], controllers: [TasksController, CasesController], exports: [TasksService] })
export class TasksModule {}
