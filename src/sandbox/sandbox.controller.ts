import { Body, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { AuditService, variableNames } from '../audit/audit.service';
import { CurrentUser } from '../auth/access.guard';
import { Principal, Roles } from '../auth/roles';
import { ResourceDto } from '../modeler/modeler.dto';
import { ApiController } from '../ui-api/api-controller';
import { problem } from '../ui-api/problem';
import { SandboxService, SandboxState } from './sandbox.service';

export class SandboxRunDto {
  @ApiProperty({ type: [ResourceDto], description: 'the diagram being edited, and forms to try with it' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ResourceDto)
  resources!: ResourceDto[];

  @ApiPropertyOptional({ type: Object }) @IsOptional() @IsObject() variables?: Record<string, unknown>;
}

export class SandboxCompleteDto {
  @ApiPropertyOptional({ type: Object }) @IsOptional() @IsObject() variables?: Record<string, unknown>;
}

export class SandboxClockDto {
  @ApiProperty({ minimum: 1, maximum: 400, description: 'days to move the sandbox clock forward' })
  @IsInt()
  @Min(1)
  @Max(400)
  days!: number;
}

/**
 * Play (analysts): runs the diagram being edited on the sandbox engine with the real workers. Audited as `sandbox.*`
 * with resource type `sandbox` and no case key, so no case's audit ever lists it.
 */
@ApiController('sandbox', 'analyst')
@Roles('analyst')
export class SandboxController {
  constructor(
    private readonly sandbox: SandboxService,
    private readonly audit: AuditService,
  ) {}

  @Post('runs')
  @ApiCreatedResponse({ description: 'processInstanceKey of the sandbox instance' })
  run(@CurrentUser() me: Principal, @Body() body: SandboxRunDto): Promise<{ processInstanceKey: string; processDefinitionId: string; version: number }> {
    if (!body.resources.some((r) => r.name.endsWith('.bpmn'))) throw problem(400, 'resources: a .bpmn diagram is required');
    const variables = body.variables ?? {};
    return this.audit.around(
      { username: me.username, action: 'sandbox.start', resourceType: 'sandbox', detail: `sandbox; resources: ${body.resources.map((r) => r.name).join(', ')}; variables: ${variableNames(variables)}` },
      () => this.sandbox.start(body.resources, variables),
      (r) => ({ resourceKey: `sandbox:${r.processInstanceKey}` }),
    );
  }

  @Get('runs/:key')
  @ApiOkResponse({ description: 'tokens per element, open tasks with their forms, variables, deadlines, incidents, clock' })
  state(@Param('key') key: string): Promise<SandboxState> {
    if (!/^\d{1,20}$/.test(key)) throw problem(400, 'key: digits only');
    return this.sandbox.state(key);
  }

  @Post('tasks/:key/complete')
  @HttpCode(204)
  async complete(@CurrentUser() me: Principal, @Param('key') key: string, @Body() body: SandboxCompleteDto): Promise<void> {
    if (!/^\d{1,20}$/.test(key)) throw problem(400, 'key: digits only');
    const variables = body.variables ?? {};
    await this.audit.around(
      { username: me.username, action: 'sandbox.task.complete', resourceType: 'sandbox', resourceKey: `sandbox:${key}`, detail: `sandbox; variables: ${variableNames(variables)}` },
      () => this.sandbox.completeTask(key, variables, me.username),
    );
  }

  @Get('clock')
  async clock(): Promise<{ now: string }> {
    return { now: await this.sandbox.clock() };
  }

  @Post('clock')
  @HttpCode(200)
  clockForward(@CurrentUser() me: Principal, @Body() body: SandboxClockDto): Promise<{ now: string }> {
    return this.audit.around({ username: me.username, action: 'sandbox.clock', resourceType: 'sandbox', detail: `sandbox; +${body.days} days` }, async () => ({ now: await this.sandbox.advance(body.days) }));
  }
}
