import { Body, Controller, Get, HttpCode, Inject, Param, Post, UsePipes } from '@nestjs/common';
import { Engine } from '../../../engine';
import { getIncident, searchIncidents } from '../../../engine/query';
import { ENGINE } from '../../runtime/engine.token';
import { ResolveIncidentDto } from '../dto/misc.dto';
import { SearchQueryDto } from '../dto/search.dto';
import { key } from '../http/path-key.pipe';
import { v2ValidationPipe } from '../http/validation';

@Controller('v2/incidents')
@UsePipes(v2ValidationPipe)
export class IncidentsController {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  @Post('search')
  @HttpCode(200)
  search(@Body() query: SearchQueryDto) {
    return searchIncidents(this.engine.db, query ?? {});
  }

  @Get(':incidentKey')
  get(@Param('incidentKey', key('incidentKey')) incidentKey: string) {
    return getIncident(this.engine.db, incidentKey);
  }

  @Post(':incidentKey/resolution')
  @HttpCode(204)
  async resolve(@Param('incidentKey', key('incidentKey')) incidentKey: string, @Body() _body: ResolveIncidentDto): Promise<void> {
    await this.engine.resolveIncident(incidentKey);
  }
}
