import { Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CASE_NUMBER } from '../../processes/contracts';
import { CurrentUser } from '../auth/access.guard';
import { Principal, Roles } from '../auth/roles';
import { ApiController } from '../ui-api/api-controller';
import { problem } from '../ui-api/problem';
import { CaseFile, CaseFileService } from './case-file.service';
import { CaseSummary } from './case-summary';

export class CaseSearchDto {
  @ApiProperty({ description: 'application number, name, nationality or date of birth (dd.MM.yyyy or YYYY-MM-DD); Turkish-aware, case-insensitive' })
  @IsString()
  @Length(2, 100)
  q!: string;

  @ApiPropertyOptional({ default: 20, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}

/**
 * Cases by who they are about: search and the case page. Officers and managers (analysts design procedures and see
 * no applicant); every search and every read is audited, without the query's text.
 */
@ApiController('cases', 'cases')
@Roles('officer', 'manager')
export class CaseFilesController {
  constructor(private readonly cases: CaseFileService) {}

  @Get()
  @ApiOkResponse({ description: 'matching cases with their identity and instances (audited: case.search)' })
  search(@CurrentUser() me: Principal, @Query() q: CaseSearchDto): Promise<{ items: CaseSummary[] }> {
    return this.cases.search(me, q.q, q.limit ?? 20).then((items) => ({ items }));
  }

  @Get(':applicationNumber')
  @ApiOkResponse({ description: 'the case across its procedures: timeline, deadlines, documents, open tasks; audit for managers and supervisors (audited: case.read)' })
  file(@CurrentUser() me: Principal, @Param('applicationNumber') applicationNumber: string): Promise<CaseFile> {
    if (!CASE_NUMBER.test(applicationNumber)) throw problem(400, 'Not an application or case number', { errors: [{ property: 'applicationNumber', messages: ['applicationNumber must be an application or case number'] }] });
    return this.cases.file(me, applicationNumber);
  }
}
