import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class DaysLeftDto {
  @ApiProperty({ description: '0 = due today, negative = overdue' }) calendarDays!: number;
  @ApiProperty() workingDays!: number;
  @ApiProperty() dueToday!: boolean;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ description: 'due on an arife half day (offices close at 13:00)' }) dueOnHalfDay!: boolean;
  @ApiProperty({ description: 'the count or the due day involves a provisional (computed, not yet officially announced) bayram date' }) provisional!: boolean;
}

export class CaseIdentityDto {
  @ApiProperty({ nullable: true, type: String, description: 'application number (or case number)' }) applicationNumber!: string | null;
  @ApiProperty({ nullable: true, type: String }) fullName!: string | null;
  @ApiProperty({ nullable: true, type: String }) nationality!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'YYYY-MM-DD' }) dateOfBirth!: string | null;
}

export class TaskDto {
  @ApiProperty() userTaskKey!: string;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({ nullable: true, type: String }) elementId!: string | null;
  @ApiProperty() state!: string;
  @ApiProperty({ nullable: true, type: String }) processDefinitionId!: string | null;
  @ApiProperty({ nullable: true, type: String }) processName!: string | null;
  @ApiProperty({ nullable: true, type: String }) processDefinitionKey!: string | null;
  @ApiProperty({ nullable: true, type: String }) processInstanceKey!: string | null;
  @ApiProperty({ nullable: true, type: String }) assignee!: string | null;
  @ApiProperty({ type: [String] }) candidateGroups!: string[];
  @ApiProperty({ type: [String] }) candidateUsers!: string[];
  @ApiProperty({ nullable: true, type: String }) creationDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) dueDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) followUpDate!: string | null;
  @ApiProperty({ nullable: true, type: Number }) priority!: number | null;
  @ApiProperty({ nullable: true, type: String }) formKey!: string | null;
  @ApiProperty({ nullable: true, type: DaysLeftDto }) daysLeft!: DaysLeftDto | null;
  @ApiPropertyOptional({ nullable: true, type: CaseIdentityDto, description: 'who the case is about (list and detail)' }) case?: CaseIdentityDto | null;
}

export class PageDto {
  @ApiProperty() totalItems!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class TaskListDto {
  @ApiProperty({ type: [TaskDto] }) items!: TaskDto[];
  @ApiProperty({ type: PageDto }) page!: PageDto;
}

export class TaskQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(256) processDefinitionId?: string;
  @ApiPropertyOptional({ enum: ['CREATED', 'COMPLETED', 'CANCELED'], default: 'CREATED' }) @IsOptional() @IsIn(['CREATED', 'COMPLETED', 'CANCELED']) state?: 'CREATED' | 'COMPLETED' | 'CANCELED';
  @ApiPropertyOptional({ enum: ['all', 'mine', 'unassigned'], default: 'all' }) @IsOptional() @IsIn(['all', 'mine', 'unassigned']) scope?: 'all' | 'mine' | 'unassigned';
  @ApiPropertyOptional({ enum: ['dueDate', 'creationDate', 'priority'], default: 'dueDate' }) @IsOptional() @IsIn(['dueDate', 'creationDate', 'priority']) sort?: 'dueDate' | 'creationDate' | 'priority';
  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' }) @IsOptional() @IsIn(['asc', 'desc']) order?: 'asc' | 'desc';
  @ApiPropertyOptional({ default: 50, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ default: 0 }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) offset?: number;
}

export class TaskFormDto {
  @ApiProperty({ nullable: true, type: String }) formKey!: string | null;
  @ApiProperty({ nullable: true, type: String }) formId!: string | null;
  @ApiProperty({ type: Object }) schema!: Record<string, unknown>;
}

export class TaskDetailDto {
  @ApiProperty({ type: TaskDto }) task!: TaskDto;
  @ApiProperty({ nullable: true, type: TaskFormDto }) form!: TaskFormDto | null;
  @ApiProperty({ type: Object, description: 'variable name → JSON value' }) variables!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String, description: "BPMN XML of the task's process version, for the case diagram" }) xml!: string | null;
}

export class CompleteTaskDto {
  @ApiPropertyOptional({ type: Object, description: 'variable name → JSON value' })
  @IsOptional()
  @IsObject()
  variables?: Record<string, unknown>;
}

export class StartCaseDto {
  @ApiProperty({ example: 'victim-support' })
  @Matches(/^[A-Za-z_][\w.-]{0,255}$/, { message: 'processDefinitionId must be a BPMN process id' })
  processDefinitionId!: string;

  @ApiPropertyOptional({ type: Object, description: "start variables, validated with the procedure's contract" })
  @IsOptional()
  @IsObject()
  variables?: Record<string, unknown>;
}

export class CaseStartedDto {
  @ApiProperty() processInstanceKey!: string;
  @ApiProperty() processDefinitionKey!: string;
  @ApiProperty() processDefinitionId!: string;
  @ApiProperty() version!: number;
}

export class StartableProcessDto {
  @ApiProperty({ example: 'international-protection-application' }) processDefinitionId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'latest version, the one a case starts on' }) processDefinitionKey!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'start variables are validated with a closed contract (processes/contracts)' }) contract!: boolean;
  @ApiProperty({ nullable: true, type: String, example: 'start-international-protection-application' }) formId!: string | null;
  @ApiProperty({ nullable: true, type: Object, description: 'form-js schema of the start form' }) schema!: Record<string, unknown> | null;
}

export class StartableListDto {
  @ApiProperty({ type: [StartableProcessDto] }) items!: StartableProcessDto[];
}
