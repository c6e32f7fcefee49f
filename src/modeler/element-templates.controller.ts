import { Get, Headers, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import { Roles } from '../auth/roles';
import { ApiController } from '../ui-api/api-controller';
import { elementTemplates } from '../../workers/element-templates';
import { lintLang } from './lint-texts';

/** Camunda 8 element templates of the product's workers, generated from their definitions (workers/element-templates.ts). */
@ApiController('element-templates', 'analyst')
@Roles('analyst')
export class ElementTemplatesController {
  @Get()
  @ApiQuery({ name: 'lang', required: false, enum: ['tr', 'en'] })
  @ApiOkResponse({ description: 'array of element templates (zeebe element templates JSON schema)' })
  list(@Query('lang') lang?: string, @Headers('accept-language') acceptLanguage?: string): unknown[] {
    return elementTemplates(lintLang(lang, acceptLanguage));
  }
}
