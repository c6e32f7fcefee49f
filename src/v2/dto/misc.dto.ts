import { IsBoolean, IsObject, IsOptional } from 'class-validator';
import { IsLong } from '../http/validation';

export class SetVariablesDto {
  @IsObject() variables!: Record<string, unknown>;
  @IsOptional() @IsBoolean() local?: boolean;
  @IsOptional() @IsLong() operationReference?: number | string;
}

export class PinClockDto {
  @IsLong({ min: 0 }) timestamp!: number | string;
}

export class ResolveIncidentDto {
  @IsOptional() @IsLong() operationReference?: number | string;
}
