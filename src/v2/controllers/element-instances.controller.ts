import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, UsePipes } from '@nestjs/common';
import { Engine } from '../../../engine';
import { getElementInstance, searchElementInstances } from '../../../engine/query';
import { ENGINE } from '../../runtime/engine.token';
import { SetVariablesDto } from '../dto/misc.dto';
import { SearchQueryDto } from '../dto/search.dto';
import { key } from '../http/path-key.pipe';
import { v2ValidationPipe } from '../http/validation';

@Controller('v2/element-instances')
@UsePipes(v2ValidationPipe)
export class ElementInstancesController {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  @Post('search')
  @HttpCode(200)
  search(@Body() query: SearchQueryDto) {
    return searchElementInstances(this.engine.db, query ?? {});
  }

  @Get(':elementInstanceKey')
  get(@Param('elementInstanceKey', key('elementInstanceKey')) elementInstanceKey: string) {
    return getElementInstance(this.engine.db, elementInstanceKey);
  }

  @Put(':elementInstanceKey/variables')
  @HttpCode(204)
  async setVariables(@Param('elementInstanceKey', key('elementInstanceKey')) elementInstanceKey: string, @Body() body: SetVariablesDto): Promise<void> {
    await this.engine.setVariables(elementInstanceKey, body.variables, body.local ?? false);
  }
}
