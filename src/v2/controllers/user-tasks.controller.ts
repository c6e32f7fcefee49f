import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Res, UsePipes } from '@nestjs/common';
import type { Response } from 'express';
import { Engine } from '../../../engine';
import { getUserTask, getUserTaskForm, searchUserTasks, searchUserTaskVariables } from '../../../engine/query';
import { ENGINE } from '../../runtime/engine.token';
import { SearchQueryDto } from '../dto/search.dto';
import { AssignUserTaskDto, CompleteUserTaskDto } from '../dto/user-task.dto';
import { sendForm } from '../http/send-form';
import { key } from '../http/path-key.pipe';
import { v2ValidationPipe } from '../http/validation';

@Controller('v2/user-tasks')
@UsePipes(v2ValidationPipe)
export class UserTasksController {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  @Post('search')
  @HttpCode(200)
  search(@Body() query: SearchQueryDto) {
    return searchUserTasks(this.engine.db, query ?? {});
  }

  @Get(':userTaskKey')
  get(@Param('userTaskKey', key('userTaskKey')) userTaskKey: string) {
    return getUserTask(this.engine.db, userTaskKey);
  }

  @Post(':userTaskKey/assignment')
  @HttpCode(204)
  async assign(@Param('userTaskKey', key('userTaskKey')) userTaskKey: string, @Body() body: AssignUserTaskDto): Promise<void> {
    await this.engine.assignUserTask(userTaskKey, { assignee: body.assignee, allowOverride: body.allowOverride ?? undefined, action: body.action ?? undefined });
  }

  @Delete(':userTaskKey/assignee')
  @HttpCode(204)
  async unassign(@Param('userTaskKey', key('userTaskKey')) userTaskKey: string): Promise<void> {
    await this.engine.unassignUserTask(userTaskKey);
  }

  @Post(':userTaskKey/completion')
  @HttpCode(204)
  async complete(@Param('userTaskKey', key('userTaskKey')) userTaskKey: string, @Body() body: CompleteUserTaskDto): Promise<void> {
    await this.engine.completeUserTask(userTaskKey, { variables: body.variables ?? undefined, action: body.action ?? undefined });
  }

  /** 204 when the task has no form, as Camunda (see sendForm). */
  @Get(':userTaskKey/form')
  form(@Param('userTaskKey', key('userTaskKey')) userTaskKey: string, @Res() res: Response): void {
    const form = getUserTaskForm(this.engine.db, userTaskKey);
    sendForm(res, form);
  }

  @Post(':userTaskKey/variables/search')
  @HttpCode(200)
  variables(@Param('userTaskKey', key('userTaskKey')) userTaskKey: string, @Body() query: SearchQueryDto) {
    return searchUserTaskVariables(this.engine.db, userTaskKey, query ?? {});
  }
}
