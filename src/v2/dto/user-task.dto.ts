import { IsBoolean, IsNotEmpty, IsObject, IsOptional, IsString } from 'class-validator';

export class AssignUserTaskDto {
  @IsString() @IsNotEmpty() assignee!: string;
  @IsOptional() @IsBoolean() allowOverride?: boolean | null;
  @IsOptional() @IsString() action?: string | null;
}

export class CompleteUserTaskDto {
  @IsOptional() @IsObject() variables?: Record<string, unknown> | null;
  @IsOptional() @IsString() action?: string | null;
}
