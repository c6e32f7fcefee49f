import { Body, Controller, Get, HttpCode, Inject, Param, Post, UsePipes } from '@nestjs/common';
import { Engine } from '../../../engine';
import { getProcessInstance, searchIncidents, searchProcessInstances } from '../../../engine/query';
import { ENGINE } from '../../runtime/engine.token';
import { CancelProcessInstanceDto, CreateProcessInstanceDto } from '../dto/process-instance.dto';
import { SearchQueryDto } from '../dto/search.dto';
import { key } from '../http/path-key.pipe';
import { createProcessInstance } from '../http/commands';
import { v2ValidationPipe } from '../http/validation';

@Controller('v2/process-instances')
@UsePipes(v2ValidationPipe)
export class ProcessInstancesController {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  @Post()
  @HttpCode(200)
  create(@Body() body: CreateProcessInstanceDto) {
    return createProcessInstance(this.engine, body);
  }

  @Post('search')
  @HttpCode(200)
  search(@Body() query: SearchQueryDto) {
    return searchProcessInstances(this.engine.db, query ?? {});
  }

  @Get(':processInstanceKey')
  get(@Param('processInstanceKey', key('processInstanceKey')) processInstanceKey: string) {
    return getProcessInstance(this.engine.db, processInstanceKey);
  }

  @Post(':processInstanceKey/cancellation')
  @HttpCode(204)
  async cancel(@Param('processInstanceKey', key('processInstanceKey')) processInstanceKey: string, @Body() _body: CancelProcessInstanceDto): Promise<void> {
    await this.engine.cancelProcessInstance(processInstanceKey);
  }

  @Post(':processInstanceKey/incidents/search')
  @HttpCode(200)
  incidents(@Param('processInstanceKey', key('processInstanceKey')) processInstanceKey: string, @Body() query: SearchQueryDto) {
    getProcessInstance(this.engine.db, processInstanceKey); // 404 for an unknown instance
    return searchIncidents(this.engine.db, { ...query, filter: { ...(query?.filter ?? {}), processInstanceKey } });
  }
}
