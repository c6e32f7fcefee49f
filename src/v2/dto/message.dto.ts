import { IsNotEmpty, IsObject, IsOptional, IsString } from 'class-validator';
import { IsLong } from '../http/validation';

export class PublishMessageDto {
  @IsString() @IsNotEmpty() name!: string;
  @IsOptional() @IsString() correlationKey?: string;
  @IsOptional() @IsLong({ min: 0 }) timeToLive?: number | string;
  @IsOptional() @IsString() messageId?: string;
  @IsOptional() @IsObject() variables?: Record<string, unknown>;
  @IsOptional() @IsString() tenantId?: string;
}

export class CorrelateMessageDto {
  @IsString() @IsNotEmpty() name!: string;
  @IsOptional() @IsString() correlationKey?: string;
  @IsOptional() @IsObject() variables?: Record<string, unknown>;
  @IsOptional() @IsString() tenantId?: string;
}
