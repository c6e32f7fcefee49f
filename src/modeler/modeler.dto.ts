import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

export class ResourceDto {
  @ApiProperty({ example: 'my-process.bpmn', description: '.bpmn, .dmn or .form' })
  @Matches(/^[\w.\- ]{1,120}\.(bpmn|dmn|form)$/, { message: 'name must be a file name ending in .bpmn, .dmn or .form' })
  name!: string;

  @ApiProperty({ description: 'BPMN or DMN XML, or form JSON, as text' })
  @IsString()
  @MaxLength(5 * 1024 * 1024)
  content!: string;
}

export class ResourcesDto {
  @ApiProperty({ type: [ResourceDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ResourceDto)
  resources!: ResourceDto[];
}

export class LintMessageDto {
  @ApiProperty() resource!: string;
  @ApiProperty({ nullable: true, type: String }) elementId!: string | null;
  @ApiProperty({ example: 'camunda-compat/implementation' }) rule!: string;
  @ApiProperty({ enum: ['error', 'warn', 'info', 'rule-error'] }) category!: string;
  @ApiProperty() message!: string;
}

export class LintResultDto {
  @ApiProperty({ type: [LintMessageDto] }) errors!: LintMessageDto[];
  @ApiProperty({ type: [LintMessageDto] }) warnings!: LintMessageDto[];
}

export class DeployedProcessDto {
  @ApiProperty() processDefinitionId!: string;
  @ApiProperty() processDefinitionKey!: string;
  @ApiProperty() version!: number;
  @ApiProperty() resourceName!: string;
}

export class DeployedFormDto {
  @ApiProperty() formId!: string;
  @ApiProperty() formKey!: string;
  @ApiProperty() version!: number;
  @ApiProperty() resourceName!: string;
}

export class DeployedDecisionDto {
  @ApiProperty() decisionDefinitionId!: string;
  @ApiProperty() decisionDefinitionKey!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'the DMN definitions id (decision requirements graph)' }) decisionRequirementsId!: string;
}

export class DeploymentDto {
  @ApiProperty() deploymentKey!: string;
  @ApiProperty({ type: [DeployedProcessDto] }) processes!: DeployedProcessDto[];
  @ApiProperty({ type: [DeployedFormDto] }) forms!: DeployedFormDto[];
  @ApiProperty({ type: [DeployedDecisionDto] }) decisions!: DeployedDecisionDto[];
  @ApiProperty({ type: [LintMessageDto] }) warnings!: LintMessageDto[];
}

export class ProcessVersionDto {
  @ApiProperty() processDefinitionKey!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ nullable: true, type: String }) versionTag!: string | null;
  @ApiProperty({ nullable: true, type: String }) resourceName!: string | null;
  @ApiProperty({ description: 'process instances of this version still running' }) runningInstances!: number;
}

export class ProcessDefinitionDto {
  @ApiProperty() processDefinitionId!: string;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({ type: ProcessVersionDto }) latest!: ProcessVersionDto;
  @ApiProperty({ type: [ProcessVersionDto], description: 'newest first' }) versions!: ProcessVersionDto[];
}

export class ProcessDefinitionListDto {
  @ApiProperty({ type: [ProcessDefinitionDto] }) items!: ProcessDefinitionDto[];
}

export class ProcessXmlDto {
  @ApiProperty() processDefinitionKey!: string;
  @ApiProperty() xml!: string;
}

export class FormSummaryDto {
  @ApiProperty() formId!: string;
  @ApiProperty() resourceName!: string;
  @ApiProperty({ enum: ['repository', 'deployed'] }) source!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) formKey!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) version!: number | null;
}

export class FormListDto {
  @ApiProperty({ type: [FormSummaryDto] }) items!: FormSummaryDto[];
}

export class FormDto {
  @ApiProperty() formId!: string;
  @ApiProperty() resourceName!: string;
  @ApiProperty({ type: Object, description: 'form-js schema' }) schema!: Record<string, unknown>;
}

export class DecisionRequirementsVersionDto {
  @ApiProperty() decisionRequirementsKey!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ nullable: true, type: String }) resourceName!: string | null;
}

export class DecisionSummaryDto {
  @ApiProperty() decisionDefinitionId!: string;
  @ApiProperty() name!: string;
}

export class DecisionRequirementsDto {
  @ApiProperty({ description: 'the DMN definitions id' }) decisionRequirementsId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: DecisionRequirementsVersionDto }) latest!: DecisionRequirementsVersionDto;
  @ApiProperty({ type: [DecisionRequirementsVersionDto], description: 'newest first' }) versions!: DecisionRequirementsVersionDto[];
  @ApiProperty({ type: [DecisionSummaryDto], description: 'the decisions of the latest version' }) decisions!: DecisionSummaryDto[];
}

export class DecisionRequirementsListDto {
  @ApiProperty({ type: [DecisionRequirementsDto] }) items!: DecisionRequirementsDto[];
}

export class DecisionXmlDto {
  @ApiProperty() decisionRequirementsKey!: string;
  @ApiProperty() xml!: string;
}
