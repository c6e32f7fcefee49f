import { IsArray, IsOptional } from 'class-validator';
import { IsKey, IsLong } from '../http/validation';

/** Body of POST /v2/process-instances/{key}/modification; the engine checks the instructions themselves. */
export class ModifyProcessInstanceDto {
  @IsOptional() @IsArray() activateInstructions?: Array<{ elementId: string; ancestorElementInstanceKey?: string; variableInstructions?: Array<{ variables: Record<string, unknown>; scopeId?: string }> }>;
  @IsOptional() @IsArray() terminateInstructions?: Array<{ elementInstanceKey: string }>;
  @IsOptional() @IsLong() operationReference?: number | string;
}

/** Body of POST /v2/process-instances/{key}/migration. */
export class MigrateProcessInstanceDto {
  @IsKey() targetProcessDefinitionKey!: string;
  @IsArray() mappingInstructions!: Array<{ sourceElementId: string; targetElementId: string }>;
  @IsOptional() @IsLong() operationReference?: number | string;
}
