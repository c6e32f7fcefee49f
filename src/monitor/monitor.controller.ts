import { Body, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse } from '@nestjs/swagger';
import { CurrentUser } from '../auth/access.guard';
import { Principal, Roles } from '../auth/roles';
import { ApiController } from '../ui-api/api-controller';
import { DeadlinesService } from './deadlines.service';
import { BatchesService } from './batches.service';
import { IncidentsService } from './incidents.service';
import {
  BatchProgressDto,
  BatchStartedDto,
  DeadlineBoardDto,
  DeadlineQueryDto,
  IncidentListDto,
  IncidentQueryDto,
  InstanceDetailDto,
  InstanceListDto,
  InstanceQueryDto,
  ProcessSummaryListDto,
  ResolveBatchDto,
} from './monitor.dto';
import { MonitorService } from './monitor.service';
import { ResolveOutcomeDto, RetryIncidentDto } from './operations.dto';

@ApiController('monitor', 'manager')
@Roles('manager')
export class MonitorController {
  constructor(
    private readonly monitor: MonitorService,
    private readonly incidents: IncidentsService,
    private readonly deadlines: DeadlinesService,
    private readonly batches: BatchesService,
  ) {}

  @Get('processes')
  @ApiOkResponse({ type: ProcessSummaryListDto })
  async processes(): Promise<ProcessSummaryListDto> {
    return { items: await this.monitor.processes() };
  }

  @Get('instances')
  @ApiOkResponse({ type: InstanceListDto, description: 'with who each case is about (audited: instance.list)' })
  instances(@CurrentUser() me: Principal, @Query() q: InstanceQueryDto): Promise<InstanceListDto> {
    return this.monitor.instances(me, q);
  }

  @Get('instances/:processInstanceKey')
  @ApiOkResponse({ type: InstanceDetailDto, description: 'audited (instance.read)' })
  instance(@CurrentUser() me: Principal, @Param('processInstanceKey') key: string): Promise<InstanceDetailDto> {
    return this.monitor.detail(me, key);
  }

  @Get('incidents')
  @ApiOkResponse({ type: IncidentListDto })
  incidentList(@CurrentUser() me: Principal, @Query() q: IncidentQueryDto): Promise<IncidentListDto> {
    return this.incidents.list(me, q);
  }

  @Post('incidents/resolve')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: BatchStartedDto })
  resolveMany(@CurrentUser() me: Principal, @Body() body: ResolveBatchDto): BatchStartedDto {
    return { batchId: this.incidents.startBatch(me, body.incidentKeys) };
  }

  @Get('incidents/batches/:batchId')
  @ApiOkResponse({ type: BatchProgressDto, description: 'the same record as GET /api/monitor/batches/{batchId}' })
  batch(@CurrentUser() me: Principal, @Param('batchId') batchId: string): BatchProgressDto {
    return this.batches.progress(me, batchId);
  }

  @Post('incidents/:incidentKey/resolve')
  @HttpCode(200)
  @ApiOkResponse({ type: ResolveOutcomeDto, description: 'retries and reports the outcome honestly: resolved, failedAgain or pending; optional variables (with a reason) are set first' })
  resolve(@CurrentUser() me: Principal, @Param('incidentKey') key: string, @Body() body: RetryIncidentDto): Promise<ResolveOutcomeDto> {
    return this.incidents.resolve(me, key, body ?? {});
  }

  @Get('deadlines')
  @ApiOkResponse({ type: DeadlineBoardDto, description: 'with who each case is about (audited: deadline.board)' })
  deadlinesBoard(@CurrentUser() me: Principal, @Query() q: DeadlineQueryDto): Promise<DeadlineBoardDto> {
    return this.deadlines.board(me, q);
  }
}
