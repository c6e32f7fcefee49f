import { Body, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { CurrentUser } from '../auth/access.guard';
import { Principal, Roles } from '../auth/roles';
import { ApiController } from '../ui-api/api-controller';
import { DeadlinesService } from './deadlines.service';
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

@ApiController('monitor', 'manager')
@Roles('manager')
export class MonitorController {
  constructor(
    private readonly monitor: MonitorService,
    private readonly incidents: IncidentsService,
    private readonly deadlines: DeadlinesService,
  ) {}

  @Get('processes')
  @ApiOkResponse({ type: ProcessSummaryListDto })
  async processes(): Promise<ProcessSummaryListDto> {
    return { items: await this.monitor.processes() };
  }

  @Get('instances')
  @ApiOkResponse({ type: InstanceListDto })
  instances(@Query() q: InstanceQueryDto): Promise<InstanceListDto> {
    return this.monitor.instances(q);
  }

  @Get('instances/:processInstanceKey')
  @ApiOkResponse({ type: InstanceDetailDto, description: 'audited (instance.read)' })
  instance(@CurrentUser() me: Principal, @Param('processInstanceKey') key: string): Promise<InstanceDetailDto> {
    return this.monitor.detail(me, key);
  }

  @Get('incidents')
  @ApiOkResponse({ type: IncidentListDto })
  incidentList(@Query() q: IncidentQueryDto): Promise<IncidentListDto> {
    return this.incidents.list(q);
  }

  @Post('incidents/resolve')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: BatchStartedDto })
  resolveMany(@CurrentUser() me: Principal, @Body() body: ResolveBatchDto): BatchStartedDto {
    return { batchId: this.incidents.startBatch(me, body.incidentKeys) };
  }

  @Get('incidents/batches/:batchId')
  @ApiOkResponse({ type: BatchProgressDto })
  batch(@Param('batchId') batchId: string): BatchProgressDto {
    return this.incidents.progress(batchId);
  }

  @Post('incidents/:incidentKey/resolve')
  @HttpCode(204)
  @ApiNoContentResponse()
  resolve(@CurrentUser() me: Principal, @Param('incidentKey') key: string): Promise<void> {
    return this.incidents.resolve(me, key);
  }

  @Get('deadlines')
  @ApiOkResponse({ type: DeadlineBoardDto })
  deadlinesBoard(@Query() q: DeadlineQueryDto): Promise<DeadlineBoardDto> {
    return this.deadlines.board(q);
  }
}
