import { Body, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service';
import { CurrentUser } from '../auth/access.guard';
import { Principal, Roles } from '../auth/roles';
import { ApiController } from '../ui-api/api-controller';
import { problem } from '../ui-api/problem';
import { isBlocking } from './bpmn-lint';
import { lintLang } from './lint-texts';
import { LintService } from './lint.service';
import { changesLive, LiveDeployer } from './live-deployer';
import { DeploymentDto, LintResultDto, ResourcesDto } from './modeler.dto';

@ApiController('deployments', 'analyst')
@Roles('analyst')
export class DeploymentsController {
  constructor(
    private readonly linter: LintService,
    private readonly live: LiveDeployer,
    private readonly audit: AuditService,
  ) {}

  @Post('lint')
  @HttpCode(200)
  @ApiQuery({ name: 'lang', required: false, enum: ['tr', 'en'] })
  @ApiOkResponse({ type: LintResultDto })
  async lint(@Body() body: ResourcesDto, @Query('lang') lang?: string, @Headers('accept-language') acceptLanguage?: string): Promise<LintResultDto> {
    const messages = await this.linter.lint(body.resources, lintLang(lang, acceptLanguage));
    return { errors: messages.filter(isBlocking), warnings: messages.filter((m) => !isBlocking(m)) };
  }

  /**
   * Direct live deployment, for what replaces nothing live: new process, form or DRG ids, or identical resources.
   * A new version of a live definition needs a second person: POST /api/deployment-requests, then approval.
   */
  @Post()
  @ApiCreatedResponse({ type: DeploymentDto })
  @ApiUnprocessableEntityResponse({ description: 'lint errors: problem detail with `lint` (LintMessage[])' })
  @ApiConflictResponse({ description: 'the deployment replaces a live definition: problem detail with `approvalRequired` and `changes`' })
  deploy(@CurrentUser() me: Principal, @Body() body: ResourcesDto, @Query('lang') lang?: string, @Headers('accept-language') acceptLanguage?: string): Promise<DeploymentDto> {
    const names = body.resources.map((r) => r.name).join(', ');
    return this.audit.around(
      { username: me.username, action: 'deployment.create', resourceType: 'deployment', detail: `resources: ${names}` },
      async () => {
        const messages = await this.linter.lint(body.resources, lintLang(lang, acceptLanguage));
        const errors = messages.filter(isBlocking);
        if (errors.length) throw problem(422, `Deployment refused: ${errors.length} lint error(s)`, { lint: errors });
        const changes = await this.live.changes(body.resources);
        if (changesLive(changes)) {
          throw problem(409, `A new version of a live definition needs a second person's approval: ${[...changes.processes, ...changes.forms, ...changes.decisions].join(', ')}`, { approvalRequired: true, changes });
        }
        return this.live.deploy(body.resources, messages);
      },
      (r) => ({ resourceKey: r.deploymentKey }),
    );
  }
}
