import { Body, Controller, HttpCode, Inject, Post, Put, UsePipes } from '@nestjs/common';
import { Engine } from '../../../engine';
import { ENGINE } from '../../runtime/engine.token';
import { PinClockDto } from '../dto/misc.dto';
import { v2ValidationPipe } from '../http/validation';

@Controller('v2/clock')
@UsePipes(v2ValidationPipe)
export class ClockController {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  /** Pins the engine clock; timers that came due fire before the answer. */
  @Put()
  @HttpCode(204)
  async pin(@Body() body: PinClockDto): Promise<void> {
    await this.engine.pinClock(Number(body.timestamp));
  }

  @Post('reset')
  @HttpCode(204)
  async reset(): Promise<void> {
    await this.engine.resetClock();
  }
}
