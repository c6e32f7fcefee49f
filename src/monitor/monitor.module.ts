import { Module } from '@nestjs/common';
import { DeadlinesService } from './deadlines.service';
import { IncidentsService } from './incidents.service';
import { MonitorController } from './monitor.controller';
import { MonitorService } from './monitor.service';

/** Manager endpoints: instances per procedure, case detail, incidents, deadline board. */
@Module({ providers: [MonitorService, IncidentsService, DeadlinesService], controllers: [MonitorController] })
export class MonitorModule {}
