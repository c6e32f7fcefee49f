import { Body, Controller, HttpCode, Inject, Post, UsePipes } from '@nestjs/common';
import { Engine } from '../../../engine';
import { ENGINE } from '../../runtime/engine.token';
import { CorrelateMessageDto, PublishMessageDto } from '../dto/message.dto';
import { toLong, v2ValidationPipe } from '../http/validation';

@Controller('v2/messages')
@UsePipes(v2ValidationPipe)
export class MessagesController {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  @Post('publication')
  @HttpCode(200)
  publish(@Body() body: PublishMessageDto) {
    return this.engine.publishMessage({
      name: body.name,
      correlationKey: body.correlationKey,
      timeToLive: toLong(body.timeToLive),
      messageId: body.messageId,
      variables: body.variables,
      tenantId: body.tenantId,
    });
  }

  @Post('correlation')
  @HttpCode(200)
  correlate(@Body() body: CorrelateMessageDto) {
    return this.engine.correlateMessage({ name: body.name, correlationKey: body.correlationKey, variables: body.variables, tenantId: body.tenantId });
  }
}
