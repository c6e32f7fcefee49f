import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ReportQueryDto {
  @ApiPropertyOptional({ description: 'first Turkish date (yyyy-MM-dd) of instances started' }) @IsOptional() @Matches(DATE, { message: 'from must be a date yyyy-MM-dd' }) from?: string;
  @ApiPropertyOptional({ description: 'last Turkish date (yyyy-MM-dd) of instances started' }) @IsOptional() @Matches(DATE, { message: 'to must be a date yyyy-MM-dd' }) to?: string;
}

export class CsvQueryDto extends ReportQueryDto {
  @ApiProperty({ enum: ['steps', 'deadlines'] }) @IsIn(['steps', 'deadlines']) table!: 'steps' | 'deadlines';
  @ApiPropertyOptional({ enum: ['tr', 'en'], default: 'tr' }) @IsOptional() @IsIn(['tr', 'en']) lang?: 'tr' | 'en';
}

export class DurationDto {
  @ApiProperty({ description: 'finished runs measured' }) count!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'milliseconds' }) medianMs!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'milliseconds' }) p90Ms!: number | null;
}

export class StepReportDto {
  @ApiProperty() elementId!: string;
  @ApiProperty({ nullable: true, type: String }) elementName!: string | null;
  @ApiProperty() type!: string;
  @ApiProperty({ description: 'times the step was entered' }) count!: number;
  @ApiProperty() active!: number;
  @ApiProperty() incidents!: number;
  @ApiProperty({ type: DurationDto }) duration!: DurationDto;
}

export class DeadlineCountsDto {
  @ApiProperty() met!: number;
  @ApiProperty() missed!: number;
  @ApiProperty({ description: 'open, due within 3 working days on the legal calendar' }) atRisk!: number;
  @ApiProperty({ description: 'open, further away' }) open!: number;
}

export class DeadlinePeriodDto extends DeadlineCountsDto {
  @ApiProperty({ description: 'yyyy-MM (Turkish calendar month of the due date)' }) period!: string;
}

export class DeadlineOfficeDto extends DeadlineCountsDto {
  @ApiProperty({ nullable: true, type: String, description: 'the case’s `province` (directorate); null: not recorded' }) office!: string | null;
}

export class ProcessReportDto {
  @ApiProperty() processDefinitionId!: string;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'BPMN of the latest version, for the heatmap' }) xml!: string;
  @ApiProperty({ description: 'Turkish date the figures were taken' }) asOf!: string;
  @ApiProperty() started!: number;
  @ApiProperty() completed!: number;
  @ApiProperty() terminated!: number;
  @ApiProperty() active!: number;
  @ApiProperty({ type: DurationDto, description: 'start to end of completed cases' }) duration!: DurationDto;
  @ApiProperty({ type: [StepReportDto] }) steps!: StepReportDto[];
  @ApiProperty({ type: [DeadlinePeriodDto] }) deadlinesByMonth!: DeadlinePeriodDto[];
  @ApiProperty({ type: [DeadlineOfficeDto] }) deadlinesByOffice!: DeadlineOfficeDto[];
  @ApiProperty({ description: 'true when a scan limit cut the data' }) truncated!: boolean;
}
