import { IsArray, IsBoolean, IsInt, IsObject, IsOptional, IsString, Matches } from 'class-validator';
import { IsKey, IsLong } from '../http/validation';

export class CreateProcessInstanceDto {
  @IsOptional() @IsString() @Matches(/^[a-zA-Z_][a-zA-Z0-9_\-.]*$/, { message: 'processDefinitionId must be a valid BPMN process id' })
  processDefinitionId?: string;
  @IsOptional() @IsKey() processDefinitionKey?: string;
  @IsOptional() @IsInt() processDefinitionVersion?: number;
  @IsOptional() @IsObject() variables?: Record<string, unknown>;
  @IsOptional() @IsString() tenantId?: string;
  @IsOptional() @IsBoolean() awaitCompletion?: boolean;
  @IsOptional() @IsArray() @IsString({ each: true }) fetchVariables?: string[];
  @IsOptional() @IsLong() requestTimeout?: number | string;
  @IsOptional() @IsLong() operationReference?: number | string;
  @IsOptional() @IsArray() startInstructions?: unknown[];
  @IsOptional() @IsArray() runtimeInstructions?: unknown[];
  @IsOptional() @IsArray() tags?: string[];
}

export class CancelProcessInstanceDto {
  @IsOptional() @IsLong() operationReference?: number | string;
}
