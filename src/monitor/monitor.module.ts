import { Module } from '@nestjs/common';
import { BatchRunner } from './batch-runner';
import { BatchesService } from './batches.service';
import { CaseRows } from './case-rows';
import { DeadlinesService } from './deadlines.service';
import { IncidentsService } from './incidents.service';
import { MonitorController } from './monitor.controller';
import { MonitorService } from './monitor.service';
import { OperationsController, ReassignController } from './operations.controller';
import { OperationsService } from './operations.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Manager endpoints: instances per procedure, case detail, incidents, deadline board, operations, batches, reports. */
@Module({
  providers: [CaseRows, MonitorService, IncidentsService, DeadlinesService, BatchesService, OperationsService, BatchRunner, ReportsService],
  controllers: [MonitorController, OperationsController, ReassignController, ReportsController],
})
export class MonitorModule {}
