import { Body, Controller, HttpCode, Inject, Param, Post, UsePipes } from '@nestjs/common';
import { Engine } from '../../../engine';
import { migrateProcessInstance } from '../../../engine/runtime/migration';
import { modifyProcessInstance } from '../../../engine/runtime/modification';
import { ENGINE } from '../../runtime/engine.token';
import { MigrateProcessInstanceDto, ModifyProcessInstanceDto } from '../dto/process-instance-change.dto';
import { key } from '../http/path-key.pipe';
import { v2ValidationPipe } from '../http/validation';

/** Operate's instance operations on a running instance: modification (move or add tokens) and migration. */
@Controller('v2/process-instances')
@UsePipes(v2ValidationPipe)
export class ProcessInstanceChangesController {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  @Post(':processInstanceKey/modification')
  @HttpCode(204)
  async modify(@Param('processInstanceKey', key('processInstanceKey')) processInstanceKey: string, @Body() body: ModifyProcessInstanceDto): Promise<void> {
    await modifyProcessInstance(this.engine, processInstanceKey, body);
  }

  @Post(':processInstanceKey/migration')
  @HttpCode(204)
  async migrate(@Param('processInstanceKey', key('processInstanceKey')) processInstanceKey: string, @Body() body: MigrateProcessInstanceDto): Promise<void> {
    await migrateProcessInstance(this.engine, processInstanceKey, body);
  }
}
