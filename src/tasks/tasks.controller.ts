import { Body, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { CurrentUser } from '../auth/access.guard';
import { Principal, Roles } from '../auth/roles';
import { ApiController } from '../ui-api/api-controller';
import { CompleteTaskDto, TaskDetailDto, TaskListDto, TaskQueryDto } from './tasks.dto';
import { TasksService } from './tasks.service';

@ApiController('tasks', 'officer')
@Roles('officer')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @ApiOkResponse({ type: TaskListDto })
  list(@CurrentUser() me: Principal, @Query() q: TaskQueryDto): Promise<TaskListDto> {
    return this.tasks.list(me, q);
  }

  @Get(':userTaskKey')
  @ApiOkResponse({ type: TaskDetailDto, description: 'audited (task.read)' })
  detail(@CurrentUser() me: Principal, @Param('userTaskKey') key: string): Promise<TaskDetailDto> {
    return this.tasks.detail(me, key);
  }

  @Post(':userTaskKey/claim')
  @HttpCode(204)
  @ApiNoContentResponse()
  claim(@CurrentUser() me: Principal, @Param('userTaskKey') key: string): Promise<void> {
    return this.tasks.claim(me, key);
  }

  @Post(':userTaskKey/unclaim')
  @HttpCode(204)
  @ApiNoContentResponse()
  unclaim(@CurrentUser() me: Principal, @Param('userTaskKey') key: string): Promise<void> {
    return this.tasks.unclaim(me, key);
  }

  @Post(':userTaskKey/complete')
  @HttpCode(204)
  @ApiNoContentResponse()
  complete(@CurrentUser() me: Principal, @Param('userTaskKey') key: string, @Body() body: CompleteTaskDto): Promise<void> {
    return this.tasks.complete(me, key, body.variables ?? {});
  }
}
