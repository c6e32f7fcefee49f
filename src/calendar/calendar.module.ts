import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { DeadlineRecomputeService } from './deadline-recompute.service';
import { OfficialBayramsStore } from './official-bayrams.store';

/** The legal calendar's bayram dates and the recording of official ones (with recomputation of open deadlines). */
@Module({ providers: [OfficialBayramsStore, DeadlineRecomputeService], controllers: [CalendarController] })
export class CalendarModule {}
