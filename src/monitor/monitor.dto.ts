import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { AuditEntryDto } from '../audit/audit.controller';
import { CaseIdentityDto, DaysLeftDto, PageDto } from '../tasks/tasks.dto';

const KEY = /^\d{1,20}$/;

export class ProcessCountsDto {
  @ApiProperty() ACTIVE!: number;
  @ApiProperty() COMPLETED!: number;
  @ApiProperty() TERMINATED!: number;
}

export class ProcessSummaryDto {
  @ApiProperty() processDefinitionId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() latestVersion!: number;
  @ApiProperty({ type: ProcessCountsDto }) counts!: ProcessCountsDto;
  @ApiProperty({ description: 'active instances with an incident' }) withIncidents!: number;
}

export class ProcessSummaryListDto {
  @ApiProperty({ type: [ProcessSummaryDto] }) items!: ProcessSummaryDto[];
}

export class InstanceQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(256) processDefinitionId?: string;
  @ApiPropertyOptional({ enum: ['ACTIVE', 'COMPLETED', 'TERMINATED'] }) @IsOptional() @IsIn(['ACTIVE', 'COMPLETED', 'TERMINATED']) state?: 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  hasIncident?: boolean;
  @ApiPropertyOptional({ default: 50, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ default: 0 }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) offset?: number;
  @ApiPropertyOptional({ description: 'application number, name, nationality or date of birth — the case search of /api/cases; the text is never recorded' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  q?: string;
}

export class InstanceDto {
  @ApiProperty() processInstanceKey!: string;
  @ApiProperty() processDefinitionId!: string;
  @ApiProperty() processDefinitionKey!: string;
  @ApiProperty({ nullable: true, type: String }) processDefinitionName!: string | null;
  @ApiProperty() processDefinitionVersion!: number;
  @ApiProperty({ enum: ['ACTIVE', 'COMPLETED', 'TERMINATED'] }) state!: string;
  @ApiProperty() startDate!: string;
  @ApiProperty({ nullable: true, type: String }) endDate!: string | null;
  @ApiProperty() hasIncident!: boolean;
  @ApiPropertyOptional({ nullable: true, type: CaseIdentityDto, description: 'who the case is about (lists and detail; audited)' }) case?: CaseIdentityDto | null;
}

export class InstanceListDto {
  @ApiProperty({ type: [InstanceDto] }) items!: InstanceDto[];
  @ApiProperty({ type: PageDto }) page!: PageDto;
}

export class ElementInstanceDto {
  @ApiProperty() elementInstanceKey!: string;
  @ApiProperty() elementId!: string;
  @ApiProperty({ nullable: true, type: String }) elementName!: string | null;
  @ApiProperty() type!: string;
  @ApiProperty() state!: string;
  @ApiProperty({ nullable: true, type: String }) startDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) endDate!: string | null;
  @ApiProperty() hasIncident!: boolean;
}

export class IncidentDto {
  @ApiProperty() incidentKey!: string;
  @ApiProperty({ nullable: true, type: String }) processInstanceKey!: string | null;
  @ApiProperty({ nullable: true, type: String }) processDefinitionId!: string | null;
  @ApiProperty({ nullable: true, type: String }) elementId!: string | null;
  @ApiProperty({ nullable: true, type: String }) elementInstanceKey!: string | null;
  @ApiProperty({ nullable: true, type: String }) errorType!: string | null;
  @ApiProperty({ nullable: true, type: String }) errorMessage!: string | null;
  @ApiProperty({ nullable: true, type: String }) state!: string | null;
  @ApiProperty({ nullable: true, type: String }) creationTime!: string | null;
  @ApiProperty({ nullable: true, type: String }) jobKey!: string | null;
  @ApiPropertyOptional({ nullable: true, type: CaseIdentityDto, description: 'who the case is about (the list; audited)' }) case?: CaseIdentityDto | null;
}

export class OpenTaskDto {
  @ApiProperty() userTaskKey!: string;
  @ApiProperty() elementId!: string;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({ nullable: true, type: String }) assignee!: string | null;
}

export class InstanceDetailDto {
  @ApiProperty({ type: InstanceDto }) instance!: InstanceDto;
  @ApiProperty() xml!: string;
  @ApiProperty({ type: [ElementInstanceDto] }) activeElements!: ElementInstanceDto[];
  @ApiProperty({ type: [ElementInstanceDto], description: 'all element instances, oldest first' }) history!: ElementInstanceDto[];
  @ApiProperty({ type: [IncidentDto] }) incidents!: IncidentDto[];
  @ApiProperty({ type: Object, description: 'process-level variables, name → JSON value' }) variables!: Record<string, unknown>;
  @ApiProperty({ type: [AuditEntryDto] }) audit!: AuditEntryDto[];
  @ApiProperty({ type: [OpenTaskDto], description: 'open user tasks, for reassignment' }) openTasks!: OpenTaskDto[];
}

export class IncidentQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(256) processDefinitionId?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(KEY) processInstanceKey?: string;
  @ApiPropertyOptional({ enum: ['ACTIVE', 'RESOLVED'], default: 'ACTIVE' }) @IsOptional() @IsIn(['ACTIVE', 'RESOLVED']) state?: 'ACTIVE' | 'RESOLVED';
  @ApiPropertyOptional({ default: 100, maximum: 1000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
  @ApiPropertyOptional({ default: 0 }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) offset?: number;
}

export class IncidentListDto {
  @ApiProperty({ type: [IncidentDto] }) items!: IncidentDto[];
  @ApiProperty({ type: PageDto }) page!: PageDto;
}

export class ResolveBatchDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @Matches(KEY, { each: true, message: 'each incident key must be a numeric string' })
  incidentKeys!: string[];
}

export class BatchStartedDto {
  @ApiProperty() batchId!: string;
}

export class BatchFailureDto {
  @ApiProperty({ description: 'the incident or process instance key' }) key!: string;
  @ApiProperty({ enum: ['failed', 'failedAgain', 'pending'] }) outcome!: string;
  @ApiProperty() detail!: string;
}

export class BatchProgressDto {
  @ApiProperty() batchId!: string;
  @ApiProperty({ enum: ['cancel', 'resolveIncidents', 'migrate'] }) operation!: string;
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'items done without a problem (for incidents: the element went on)' }) succeeded!: number;
  @ApiProperty({ description: 'refused or errored' }) failed!: number;
  @ApiProperty({ description: 'incidents that came straight back after the retry' }) failedAgain!: number;
  @ApiProperty({ description: 'incidents whose job still waits for a worker' }) pending!: number;
  @ApiProperty() done!: boolean;
  @ApiProperty({ type: [BatchFailureDto], description: 'every item that did not simply succeed' }) failures!: BatchFailureDto[];
}

export class DeadlineQueryDto {
  @ApiPropertyOptional({ default: 7, minimum: 0, maximum: 90 }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(90) withinDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(256) processDefinitionId?: string;
}

export class DeadlineDto {
  @ApiProperty({ enum: ['userTask', 'variable'] }) kind!: 'userTask' | 'variable';
  @ApiProperty({ enum: ['missed', 'dueSoon', 'met'], description: 'met: the task was completed in time (lately)' }) status!: 'missed' | 'dueSoon' | 'met';
  @ApiProperty() processInstanceKey!: string;
  @ApiProperty({ nullable: true, type: String }) processDefinitionId!: string | null;
  @ApiProperty({ description: 'task name or variable name' }) name!: string;
  @ApiProperty({ nullable: true, type: String }) elementId!: string | null;
  @ApiProperty({ nullable: true, type: String }) userTaskKey!: string | null;
  @ApiProperty({ nullable: true, type: String }) assignee!: string | null;
  @ApiProperty() dueAt!: string;
  @ApiProperty({ nullable: true, type: DaysLeftDto }) daysLeft!: DaysLeftDto | null;
  @ApiProperty({ nullable: true, type: String, description: 'met deadlines: when the task was completed' }) completedAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: CaseIdentityDto, description: 'who the case is about (audited)' }) case?: CaseIdentityDto | null;
}

export class DeadlineBoardDto {
  @ApiProperty({ description: 'Turkish date of today' }) asOf!: string;
  @ApiProperty() withinDays!: number;
  @ApiProperty({ type: [DeadlineDto] }) items!: DeadlineDto[];
}
