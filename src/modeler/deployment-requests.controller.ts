import { Body, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { AuditService } from '../audit/audit.service';
import { CurrentUser } from '../auth/access.guard';
import { AuthClock } from '../auth/clock';
import { Principal, Roles } from '../auth/roles';
import { ApiController } from '../ui-api/api-controller';
import { problem } from '../ui-api/problem';
import { isBlocking } from './bpmn-lint';
import { DeploymentRequest, DeploymentRequestsStore, RequestStatus } from './deployment-requests.store';
import { lintLang } from './lint-texts';
import { LintService } from './lint.service';
import { LiveDeployer } from './live-deployer';
import { DeploymentDto, ResourceDto, ResourcesDto } from './modeler.dto';

/** The resources as for a deployment, with what a reviewer reads beside them. */
export class DeploymentRequestBodyDto extends ResourcesDto {
  @ApiProperty({ example: '2026.12-1', description: 'zeebe:versionTag every diagram of the request carries' })
  @Matches(/^[\w.\-+]{1,40}$/, { message: 'versionTag: 1–40 letters, digits, . _ - +' })
  versionTag!: string;

  @ApiProperty({ description: 'release note: what changed and why' })
  @IsString()
  @MinLength(3, { message: 'note: a release note is required' })
  @MaxLength(2000)
  note!: string;
}

export class DecisionBodyDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class DeploymentRequestDto {
  @ApiProperty() id!: string;
  @ApiProperty() requestedBy!: string;
  @ApiProperty() requestedAt!: string;
  @ApiProperty() versionTag!: string;
  @ApiProperty() note!: string;
  @ApiProperty({ type: [String] }) resourceNames!: string[];
  @ApiProperty({ description: 'process, form and DRG (DMN definitions) ids that get a new live version' }) changes!: { processes: string[]; forms: string[]; decisions: string[] };
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) status!: RequestStatus;
  @ApiProperty({ nullable: true, type: String }) decidedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionNote!: string | null;
  @ApiProperty({ nullable: true, type: String }) deploymentKey!: string | null;
}

export class DeploymentRequestDetailDto extends DeploymentRequestDto {
  @ApiProperty({ type: [ResourceDto] }) resources!: ResourceDto[];
  @ApiProperty({ description: 'the live content of each resource (latest version), null when new', type: [Object] }) live!: Array<{ name: string; content: string | null }>;
}

export class DeploymentRequestListDto {
  @ApiProperty({ type: [DeploymentRequestDto] }) items!: DeploymentRequestDto[];
}

const toDto = (r: DeploymentRequest): DeploymentRequestDto => ({
  id: r.id,
  requestedBy: r.requestedBy,
  requestedAt: new Date(r.requestedAt).toISOString(),
  versionTag: r.versionTag,
  note: r.note,
  resourceNames: r.resources.map((x) => x.name),
  // Requests stored before decision tables were reviewed have no `decisions`.
  changes: { ...r.changes, decisions: r.changes.decisions ?? [] },
  status: r.status,
  decidedBy: r.decidedBy,
  decidedAt: r.decidedAt === null ? null : new Date(r.decidedAt).toISOString(),
  decisionNote: r.decisionNote,
  deploymentKey: r.deploymentKey,
});

const versionTagOf = (xml: string) => /<zeebe:versionTag\b[^>]*\bvalue="([^"]*)"/.exec(xml)?.[1];

/**
 * Live deployments with care: an analyst asks (lint clean, version tag, release note), a second person — another
 * analyst or a manager, never the requester — approves or rejects. Every step is audited with tag and note.
 */
@ApiController('deployment-requests', 'analyst')
@Roles('analyst', 'manager')
export class DeploymentRequestsController {
  /** Requests being deployed right now: a second approval of the same request waits for none. */
  private readonly deciding = new Set<string>();

  constructor(
    private readonly store: DeploymentRequestsStore,
    private readonly linter: LintService,
    private readonly live: LiveDeployer,
    private readonly audit: AuditService,
    private readonly clock: AuthClock,
  ) {}

  @Post()
  @Roles('analyst')
  @ApiCreatedResponse({ type: DeploymentRequestDto })
  request(@CurrentUser() me: Principal, @Body() body: DeploymentRequestBodyDto, @Query('lang') lang?: string, @Headers('accept-language') acceptLanguage?: string): Promise<DeploymentRequestDto> {
    const detail = `tag ${body.versionTag}; resources: ${body.resources.map((r) => r.name).join(', ')}; note: ${body.note}`;
    return this.audit.around(
      { username: me.username, action: 'deployment.request', resourceType: 'deployment-request', detail },
      async () => {
        const errors = (await this.linter.lint(body.resources, lintLang(lang, acceptLanguage))).filter(isBlocking);
        if (errors.length) throw problem(422, `Deployment refused: ${errors.length} lint error(s)`, { lint: errors });
        for (const r of body.resources.filter((x) => x.name.endsWith('.bpmn'))) {
          const tag = versionTagOf(r.content);
          if (tag !== body.versionTag) throw problem(422, `${r.name}: the diagram's version tag (zeebe:versionTag) is ${tag ? `"${tag}"` : 'missing'}, the request says "${body.versionTag}"`, { errors: [{ field: 'versionTag', message: 'zeebe:versionTag' }] });
        }
        const changes = await this.live.changes(body.resources);
        return toDto(this.store.create({ requestedBy: me.username, requestedAt: this.clock.now(), versionTag: body.versionTag, note: body.note, resources: body.resources, changes }));
      },
      (r) => ({ resourceKey: r.id }),
    );
  }

  @Get()
  @ApiOkResponse({ type: DeploymentRequestListDto })
  list(@Query('status') status?: string): DeploymentRequestListDto {
    const s = status && ['pending', 'approved', 'rejected'].includes(status) ? (status as RequestStatus) : undefined;
    return { items: this.store.list(s).map(toDto) };
  }

  @Get(':id')
  @ApiOkResponse({ type: DeploymentRequestDetailDto })
  async get(@Param('id') id: string): Promise<DeploymentRequestDetailDto> {
    const r = this.find(id);
    const live = await Promise.all(r.resources.map(async (x) => ({ name: x.name, content: await this.live.liveContent(x) })));
    return { ...toDto(r), resources: r.resources, live };
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: DeploymentDto })
  approve(@CurrentUser() me: Principal, @Param('id') id: string, @Body() body: DecisionBodyDto): Promise<DeploymentDto> {
    const r = this.find(id);
    const detail = `tag ${r.versionTag}; requested by ${r.requestedBy}; resources: ${r.resources.map((x) => x.name).join(', ')}; note: ${r.note}${body.note ? `; approval note: ${body.note}` : ''}`;
    return this.audit.around(
      { username: me.username, action: 'deployment.approve', resourceType: 'deployment-request', resourceKey: id, detail },
      async () => {
        this.mayDecide(me, r);
        this.deciding.add(id);
        try {
          // Forms or definitions may have changed since the request: lint again, against what is live now.
          const messages = await this.linter.lint(r.resources, 'tr');
          const errors = messages.filter(isBlocking);
          if (errors.length) throw problem(422, `Deployment refused: ${errors.length} lint error(s)`, { lint: errors });
          const deployed = await this.live.deploy(r.resources, messages);
          this.store.decide(id, 'approved', me.username, this.clock.now(), body.note ?? null, deployed.deploymentKey);
          return deployed;
        } finally {
          this.deciding.delete(id);
        }
      },
      (d) => ({ detail: `${detail}; deployment ${d.deploymentKey}` }),
    );
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: DeploymentRequestDto })
  async reject(@CurrentUser() me: Principal, @Param('id') id: string, @Body() body: DecisionBodyDto): Promise<DeploymentRequestDto> {
    const r = this.find(id);
    return this.audit.around(
      { username: me.username, action: 'deployment.reject', resourceType: 'deployment-request', resourceKey: id, detail: `tag ${r.versionTag}; requested by ${r.requestedBy}${body.note ? `; reason: ${body.note}` : ''}` },
      async () => {
        this.mayDecide(me, r);
        this.store.decide(id, 'rejected', me.username, this.clock.now(), body.note ?? null);
        return toDto(this.find(id));
      },
    );
  }

  private find(id: string): DeploymentRequest {
    const r = /^\d{1,12}$/.test(id) ? this.store.get(id) : undefined;
    if (!r) throw problem(404, `No deployment request ${id}`);
    return r;
  }

  private mayDecide(me: Principal, r: DeploymentRequest): void {
    if (r.requestedBy === me.username) throw problem(403, 'A deployment request is approved or rejected by a second person, not by its requester');
    if (r.status !== 'pending' || this.deciding.has(r.id)) throw problem(409, `Deployment request ${r.id} is already ${r.status === 'pending' ? 'being decided' : r.status}`);
  }
}
