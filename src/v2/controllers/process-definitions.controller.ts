import { Body, Controller, Get, Header, HttpCode, Inject, Param, Post, Res, UsePipes } from '@nestjs/common';
import type { Response } from 'express';
import { Engine } from '../../../engine';
import { getProcessDefinition, getProcessDefinitionXml, getStartProcessForm, searchProcessDefinitions } from '../../../engine/query';
import { ENGINE } from '../../runtime/engine.token';
import { SearchQueryDto } from '../dto/search.dto';
import { sendForm } from '../http/send-form';
import { key } from '../http/path-key.pipe';
import { v2ValidationPipe } from '../http/validation';

@Controller('v2/process-definitions')
@UsePipes(v2ValidationPipe)
export class ProcessDefinitionsController {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  @Post('search')
  @HttpCode(200)
  search(@Body() query: SearchQueryDto) {
    return searchProcessDefinitions(this.engine.db, query ?? {});
  }

  @Get(':processDefinitionKey')
  get(@Param('processDefinitionKey', key('processDefinitionKey')) processDefinitionKey: string) {
    return getProcessDefinition(this.engine.db, processDefinitionKey);
  }

  @Get(':processDefinitionKey/xml')
  @Header('Content-Type', 'text/xml; charset=utf-8')
  xml(@Param('processDefinitionKey', key('processDefinitionKey')) processDefinitionKey: string): string {
    return getProcessDefinitionXml(this.engine.db, processDefinitionKey);
  }

  /** 204 when the process has no start form, as Camunda (see sendForm). */
  @Get(':processDefinitionKey/form')
  form(@Param('processDefinitionKey', key('processDefinitionKey')) processDefinitionKey: string, @Res() res: Response): void {
    const form = getStartProcessForm(this.engine.db, processDefinitionKey);
    sendForm(res, form);
  }
}
