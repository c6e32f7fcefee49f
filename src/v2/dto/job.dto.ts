import { Type } from 'class-transformer';
import { IsArray, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { IsLong } from '../http/validation';

export class ActivateJobsDto {
  @IsString() @IsNotEmpty() type!: string;
  @IsOptional() @IsString() worker?: string;
  @IsLong({ min: 1 }) timeout!: number | string;
  @IsInt() @Min(1) maxJobsToActivate!: number;
  @IsOptional() @IsArray() @IsString({ each: true }) fetchVariable?: string[];
  @IsOptional() @IsLong() requestTimeout?: number | string;
  @IsOptional() @IsArray() @IsString({ each: true }) tenantIds?: string[];
}

export class CompleteJobDto {
  @IsOptional() @IsObject() variables?: Record<string, unknown> | null;
  @IsOptional() @IsObject() result?: Record<string, unknown>;
}

export class FailJobDto {
  @IsOptional() @IsInt() @Min(0) retries?: number;
  @IsOptional() @IsString() errorMessage?: string;
  @IsOptional() @IsLong({ min: 0 }) retryBackOff?: number | string;
  @IsOptional() @IsObject() variables?: Record<string, unknown>;
}

export class ThrowJobErrorDto {
  @IsString() @IsNotEmpty() errorCode!: string;
  @IsOptional() @IsString() errorMessage?: string | null;
  @IsOptional() @IsObject() variables?: Record<string, unknown> | null;
}

export class JobChangesetDto {
  @IsOptional() @IsInt() retries?: number | null;
  @IsOptional() @IsLong({ min: 0 }) timeout?: number | string | null;
}

export class UpdateJobDto {
  @IsObject() @ValidateNested() @Type(() => JobChangesetDto) changeset!: JobChangesetDto;
  @IsOptional() @IsLong() operationReference?: number | string;
}
