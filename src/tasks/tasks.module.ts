import { Module } from '@nestjs/common';
import { CasesController } from './cases.controller';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

/** Officer endpoints: task queue and task actions, starting cases. */
@Module({ providers: [TasksService], controllers: [TasksController, CasesController], exports: [TasksService] })
export class TasksModule {}
