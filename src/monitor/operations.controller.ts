import { Body, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { CurrentUser } from '../auth/access.guard';
import { Principal, Roles } from '../auth/roles';
import { ApiController } from '../ui-api/api-controller';
import { BatchRunner } from './batch-runner';
import { BatchesService } from './batches.service';
import { BatchProgressDto, BatchStartedDto } from './monitor.dto';
import {
  BatchPreviewDto,
  BatchRequestDto,
  CancelInstanceDto,
  EditVariablesDto,
  MigrateInstanceDto,
  MigrationDto,
  MigrationPlanDto,
  ModifyInstanceDto,
  ReassignTaskDto,
} from './operations.dto';
import { OperationsService } from './operations.service';

/** Operate's operations on running cases, for managers; every change needs a reason and is audited. */
@ApiController('monitor', 'manager')
@Roles('manager')
export class OperationsController {
  constructor(
    private readonly ops: OperationsService,
    private readonly runner: BatchRunner,
    private readonly batches: BatchesService,
  ) {}

  @Put('instances/:processInstanceKey/variables')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'audited (instance.variables.update: names and reason, never values)' })
  editVariables(@CurrentUser() me: Principal, @Param('processInstanceKey') key: string, @Body() body: EditVariablesDto): Promise<void> {
    return this.ops.editVariables(me, key, body.variables, body.reason);
  }

  @Post('instances/:processInstanceKey/cancellation')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'audited (instance.cancel)' })
  cancel(@CurrentUser() me: Principal, @Param('processInstanceKey') key: string, @Body() body: CancelInstanceDto): Promise<void> {
    return this.ops.cancel(me, key, body.reason);
  }

  @Post('instances/:processInstanceKey/modification')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'move or add tokens (Camunda modification); audited (instance.modify)' })
  modify(@CurrentUser() me: Principal, @Param('processInstanceKey') key: string, @Body() body: ModifyInstanceDto): Promise<void> {
    return this.ops.modify(me, key, body);
  }

  @Post('instances/:processInstanceKey/migration/plan')
  @HttpCode(200)
  @ApiOkResponse({ type: MigrationPlanDto, description: 'dry run: nothing changes' })
  planMigration(@Param('processInstanceKey') key: string, @Body() body: MigrationDto): Promise<MigrationPlanDto> {
    return this.ops.planMigration(key, body);
  }

  @Post('instances/:processInstanceKey/migration')
  @HttpCode(200)
  @ApiOkResponse({ type: MigrationPlanDto, description: 'migrates when the dry run finds no problem (409 with the problems otherwise); audited (instance.migrate)' })
  migrate(@CurrentUser() me: Principal, @Param('processInstanceKey') key: string, @Body() body: MigrateInstanceDto): Promise<MigrationPlanDto> {
    const { reason, ...migration } = body;
    return this.ops.migrate(me, key, migration, reason);
  }

  @Post('batches/preview')
  @HttpCode(200)
  @ApiOkResponse({ type: BatchPreviewDto, description: 'how many items a batch would touch, for the confirmation' })
  preview(@Body() body: BatchRequestDto): Promise<BatchPreviewDto> {
    return this.runner.preview(body);
  }

  @Post('batches')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: BatchStartedDto })
  async startBatch(@CurrentUser() me: Principal, @Body() body: BatchRequestDto): Promise<BatchStartedDto> {
    return { batchId: await this.runner.start(me, body) };
  }

  @Get('batches/:batchId')
  @ApiOkResponse({ type: BatchProgressDto })
  batch(@CurrentUser() me: Principal, @Param('batchId') batchId: string): BatchProgressDto {
    return this.batches.progress(me, batchId);
  }
}

/** Reassigning a task: managers, and officers of the supervisors group (checked by the service). */
@ApiController('monitor', 'manager')
@Roles('manager', 'officer')
export class ReassignController {
  constructor(private readonly ops: OperationsService) {}

  @Put('tasks/:userTaskKey/assignee')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'assign to anyone (assignee) or back to the queue (null); audited (task.reassign / task.unassign)' })
  reassign(@CurrentUser() me: Principal, @Param('userTaskKey') key: string, @Body() body: ReassignTaskDto): Promise<void> {
    return this.ops.reassign(me, key, body.assignee, body.reason);
  }
}
