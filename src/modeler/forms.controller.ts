import { Get, Param } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { Roles } from '../auth/roles';
import { ApiController } from '../ui-api/api-controller';
import { FormsService } from './forms.service';
import { FormDto, FormListDto } from './modeler.dto';

@ApiController('forms', 'analyst')
@Roles('analyst')
export class FormsController {
  constructor(private readonly forms: FormsService) {}

  @Get()
  @ApiOkResponse({ type: FormListDto })
  list(): FormListDto {
    return { items: this.forms.list() };
  }

  @Get(':formId')
  @ApiOkResponse({ type: FormDto })
  get(@Param('formId') formId: string): FormDto {
    return this.forms.get(formId);
  }
}
