import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

const KEY = /^\d{1,20}$/;
const ELEMENT_ID = /^[A-Za-z_][\w.-]{0,255}$/;

/** Why a manager changes a running case: required, kept in the audit log (never a variable value). */
class Reasoned {
  @ApiProperty({ minLength: 5, maxLength: 500, description: 'why; recorded in the audit log' })
  @IsString()
  @MinLength(5, { message: 'reason must say why (at least 5 characters)' })
  @MaxLength(500)
  reason!: string;
}

export class EditVariablesDto extends Reasoned {
  @ApiProperty({ type: Object, description: 'name → new JSON value, set on the process scope' })
  @IsObject()
  variables!: Record<string, unknown>;
}

export class CancelInstanceDto extends Reasoned {}

export class RetryIncidentDto {
  @ApiPropertyOptional({ type: Object, description: 'variables set on the failed element’s process before retrying' })
  @IsOptional()
  @IsObject()
  variables?: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'required when variables are given' })
  @IsOptional()
  @IsString()
  @MinLength(5, { message: 'reason must say why (at least 5 characters)' })
  @MaxLength(500)
  reason?: string;
}

export class ResolveOutcomeDto {
  @ApiProperty() incidentKey!: string;
  @ApiProperty({ enum: ['resolved', 'failedAgain', 'pending', 'failed'], description: 'resolved: the element went on; failedAgain: a new incident came straight back; pending: the job waits for a worker' })
  outcome!: 'resolved' | 'failedAgain' | 'pending' | 'failed';
  @ApiPropertyOptional({ nullable: true, type: String }) newIncidentKey?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) detail?: string | null;
}

class ActivateDto {
  @ApiProperty() @Matches(ELEMENT_ID, { message: 'elementId must be a BPMN element id' }) elementId!: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^(-1|\d{1,20})$/) ancestorElementInstanceKey?: string;
  @ApiPropertyOptional({ type: Object }) @IsOptional() @IsObject() variables?: Record<string, unknown>;
}

class TerminateDto {
  @ApiProperty() @Matches(KEY, { message: 'elementInstanceKey must be a key' }) elementInstanceKey!: string;
}

export class ModifyInstanceDto extends Reasoned {
  @ApiPropertyOptional({ type: [ActivateDto] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ActivateDto) activate?: ActivateDto[];
  @ApiPropertyOptional({ type: [TerminateDto] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => TerminateDto) terminate?: TerminateDto[];
}

export class MappingDto {
  @ApiProperty() @Matches(ELEMENT_ID, { message: 'sourceElementId must be a BPMN element id' }) sourceElementId!: string;
  @ApiProperty() @Matches(ELEMENT_ID, { message: 'targetElementId must be a BPMN element id' }) targetElementId!: string;
}

export class MigrationDto {
  @ApiProperty() @Matches(KEY, { message: 'targetProcessDefinitionKey must be a key' }) targetProcessDefinitionKey!: string;
  @ApiPropertyOptional({ type: [MappingDto], description: 'absent: every element id of the source that exists in the target maps to itself' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => MappingDto)
  mappingInstructions?: MappingDto[];
}

export class MigrateInstanceDto extends MigrationDto {
  @ApiProperty() @IsString() @MinLength(5, { message: 'reason must say why (at least 5 characters)' }) @MaxLength(500) reason!: string;
}

export class MigrationMoveDto {
  @ApiProperty() elementInstanceKey!: string;
  @ApiProperty() elementId!: string;
  @ApiProperty() type!: string;
  @ApiProperty() targetElementId!: string;
  @ApiProperty({ nullable: true, type: String }) targetElementName!: string | null;
}

export class MigrationProblemDto {
  @ApiProperty({ nullable: true, type: String }) elementInstanceKey!: string | null;
  @ApiProperty() elementId!: string;
  @ApiProperty({ description: 'unmapped | missingTarget | typeChanged | scopeChanged | catchEventUnmapped | duplicateMapping' }) reason!: string;
  @ApiProperty() detail!: string;
}

export class MigrationPlanDto {
  @ApiProperty() processInstanceKey!: string;
  @ApiProperty() targetProcessDefinitionKey!: string;
  @ApiProperty() targetVersion!: number;
  @ApiProperty({ type: [MigrationMoveDto] }) moves!: MigrationMoveDto[];
  @ApiProperty({ type: [MigrationProblemDto] }) problems!: MigrationProblemDto[];
  @ApiProperty({ type: [MappingDto], description: 'the mapping used (the default one when none was given)' }) mappingInstructions!: MappingDto[];
  @ApiProperty() canMigrate!: boolean;
}

export class ReassignTaskDto extends Reasoned {
  @ApiPropertyOptional({ nullable: true, type: String, description: 'new assignee; null or absent: unassign' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9._-]{2,64}$/, { message: 'assignee must be a user name' })
  assignee?: string | null;
}

export class BatchFilterDto {
  @ApiProperty() @IsString() @MaxLength(256) processDefinitionId!: string;
  @ApiPropertyOptional({ description: 'only instances of this version' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) version?: number;
  @ApiPropertyOptional({ description: 'only instances with an incident' }) @IsOptional() onlyWithIncident?: boolean;
}

export const BATCH_OPERATIONS = ['cancel', 'resolveIncidents', 'migrate'] as const;
export type BatchOperation = (typeof BATCH_OPERATIONS)[number];

export class BatchRequestDto {
  @ApiProperty({ enum: BATCH_OPERATIONS }) @IsIn(BATCH_OPERATIONS) operation!: BatchOperation;
  @ApiProperty({ type: BatchFilterDto }) @ValidateNested() @Type(() => BatchFilterDto) filter!: BatchFilterDto;
  @ApiPropertyOptional({ minLength: 5 }) @IsOptional() @IsString() @MinLength(5, { message: 'reason must say why (at least 5 characters)' }) @MaxLength(500) reason?: string;
  @ApiPropertyOptional({ type: MigrationDto }) @IsOptional() @ValidateNested() @Type(() => MigrationDto) migration?: MigrationDto;
}

export class BatchPreviewDto {
  @ApiProperty() operation!: string;
  @ApiProperty({ description: 'how many items the batch would touch' }) total!: number;
  @ApiProperty({ type: [String], description: 'the first keys' }) sample!: string[];
  @ApiPropertyOptional({ description: 'migrate: instances whose dry run found a problem (first 100 checked)' }) blocked?: number;
}

export class BatchItemDto {
  @ApiProperty() key!: string;
  @ApiProperty({ enum: ['succeeded', 'failed', 'failedAgain', 'pending'] }) outcome!: 'succeeded' | 'failed' | 'failedAgain' | 'pending';
  @ApiPropertyOptional({ nullable: true, type: String }) detail!: string | null;
}
