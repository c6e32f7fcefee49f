import { Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { CurrentUser } from '../auth/access.guard';
import { Principal, Roles } from '../auth/roles';
import { AuditService } from '../audit/audit.service';
import { ApiController } from '../ui-api/api-controller';
import { CsvQueryDto, ProcessReportDto, ReportQueryDto } from './reports.dto';
import { ReportsService } from './reports.service';

/** Reports (managers): counts, durations and deadline compliance per procedure; CSV for Excel. No applicant data. */
@ApiController('monitor/reports', 'manager')
@Roles('manager')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
  ) {}

  @Get(':processDefinitionId')
  @ApiOkResponse({ type: ProcessReportDto })
  async report(@Param('processDefinitionId') id: string, @Query() q: ReportQueryDto): Promise<ProcessReportDto> {
    const { byMonthAndOffice: _both, ...report } = await this.reports.report(id, q);
    return report;
  }

  @Get(':processDefinitionId/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'UTF-8 with BOM, `;`-separated, dates dd.MM.yyyy (Turkish Excel); audited (report.export)' })
  async csv(@CurrentUser() me: Principal, @Param('processDefinitionId') id: string, @Query() q: CsvQueryDto): Promise<StreamableFile> {
    const text = await this.reports.csv(id, q.table, q, q.lang ?? 'tr');
    this.audit.record({ username: me.username, action: 'report.export', resourceType: 'processDefinition', resourceKey: id, outcome: 'success', detail: `table: ${q.table}` });
    const safe = id.replace(/[^\w.-]/g, '_');
    return new StreamableFile(Buffer.from(text, 'utf8'), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${safe}-${q.table}.csv"` });
  }
}
