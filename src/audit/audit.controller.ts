import { Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CurrentUser } from '../auth/access.guard';
import { Principal, Roles } from '../auth/roles';
import { ApiController } from '../ui-api/api-controller';
import { problem } from '../ui-api/problem';
import { AuditService } from './audit.service';
import { AuditStore } from './audit.store';

export class AuditQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) username?: string;
  @ApiPropertyOptional({ description: 'case = process instance key' }) @IsOptional() @IsString() @MaxLength(32) processInstanceKey?: string;
  @ApiPropertyOptional({ example: 'task.read' }) @IsOptional() @IsString() @MaxLength(64) action?: string;
  @ApiPropertyOptional({ description: 'ISO instant, inclusive' }) @IsOptional() @IsDateString() from?: string;
  @ApiPropertyOptional({ description: 'ISO instant, exclusive' }) @IsOptional() @IsDateString() to?: string;
  @ApiPropertyOptional({ default: 100, maximum: 1000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
  @ApiPropertyOptional({ description: 'next page: the last id seen' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) beforeId?: number;
}

export class AuditEntryDto {
  @ApiProperty() id!: number;
  @ApiProperty() at!: string;
  @ApiProperty({ nullable: true, type: String }) username!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty() resourceType!: string;
  @ApiProperty({ nullable: true, type: String }) resourceKey!: string | null;
  @ApiProperty({ nullable: true, type: String }) processInstanceKey!: string | null;
  @ApiProperty({ enum: ['success', 'denied', 'failure'] }) outcome!: string;
  @ApiProperty({ nullable: true, type: String, description: 'names and keys only, never values' }) detail!: string | null;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
  @ApiProperty({ nullable: true, type: Number }) nextBeforeId!: number | null;
}

@ApiController('audit', 'audit')
@Roles('manager')
export class AuditController {
  constructor(
    private readonly store: AuditStore,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOkResponse({ type: AuditPageDto })
  query(@CurrentUser() me: Principal, @Query() q: AuditQueryDto): AuditPageDto {
    const fromMs = q.from ? Date.parse(q.from) : undefined;
    const toMs = q.to ? Date.parse(q.to) : undefined;
    if (fromMs !== undefined && toMs !== undefined && toMs < fromMs) throw problem(400, '`to` is before `from`');
    const limit = q.limit ?? 100;
    const items = this.store.query({ username: q.username, processInstanceKey: q.processInstanceKey, action: q.action, fromMs, toMs, beforeId: q.beforeId, limit });
    const filters = ['username', 'processInstanceKey', 'action', 'from', 'to'].filter((k) => (q as Record<string, unknown>)[k] !== undefined);
    this.audit.record({ username: me.username, action: 'audit.query', resourceType: 'auditLog', processInstanceKey: q.processInstanceKey ?? null, outcome: 'success', detail: filters.length ? `filters: ${filters.join(', ')}` : null });
    return { items, nextBeforeId: items.length === limit ? items[items.length - 1].id : null };
  }
}
