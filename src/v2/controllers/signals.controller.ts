import { Body, Controller, HttpCode, Inject, Post, UsePipes } from '@nestjs/common';
import { Engine } from '../../../engine';
import { ENGINE } from '../../runtime/engine.token';
import { BroadcastSignalDto } from '../dto/signal.dto';
import { v2ValidationPipe } from '../http/validation';

@Controller('v2/signals')
@UsePipes(v2ValidationPipe)
export class SignalsController {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  /** Answers { signalKey, tenantId } once every subscription that existed has been triggered. */
  @Post('broadcast')
  @HttpCode(200)
  broadcast(@Body() body: BroadcastSignalDto) {
    return this.engine.broadcastSignal({ signalName: body.signalName, variables: body.variables, tenantId: body.tenantId });
  }
}
