import { Body, Controller, Get, HttpCode, Inject, Param, Post, UsePipes } from '@nestjs/common';
import { Engine } from '../../../engine';
import { getVariable, searchVariables } from '../../../engine/query';
import { ENGINE } from '../../runtime/engine.token';
import { SearchQueryDto } from '../dto/search.dto';
import { key } from '../http/path-key.pipe';
import { v2ValidationPipe } from '../http/validation';

@Controller('v2/variables')
@UsePipes(v2ValidationPipe)
export class VariablesController {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  @Post('search')
  @HttpCode(200)
  search(@Body() query: SearchQueryDto) {
    return searchVariables(this.engine.db, query ?? {});
  }

  @Get(':variableKey')
  get(@Param('variableKey', key('variableKey')) variableKey: string) {
    return getVariable(this.engine.db, variableKey);
  }
}
