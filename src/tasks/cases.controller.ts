import { Body, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { validateStartVariables, START_CONTRACTS } from '../../processes/contracts';
import { AuditService, variableNames } from '../audit/audit.service';
import { CurrentUser } from '../auth/access.guard';
import { Principal, Roles } from '../auth/roles';
import { CamundaClientProvider } from '../runtime/camunda-client';
import { ApiController } from '../ui-api/api-controller';
import { refuseImplausibleDates } from '../ui-api/date-plausibility';
import { LegalClock } from '../ui-api/legal-clock';
import { problem } from '../ui-api/problem';
import { StartableService } from './startable.service';
import { CaseStartedDto, StartableListDto, StartCaseDto } from './tasks.dto';

/** Starting a case (a process instance of a Law 6458 procedure). */
@ApiController('cases', 'officer')
@Roles('officer')
export class CasesController {
  constructor(
    private readonly runtime: CamundaClientProvider,
    private readonly audit: AuditService,
    private readonly startable: StartableService,
    private readonly clock: LegalClock,
  ) {}

  /** Procedures an officer can start, with their start forms (definitions only: not audited). */
  @Get('startable')
  @ApiOkResponse({ type: StartableListDto })
  async listStartable(): Promise<StartableListDto> {
    return { items: await this.startable.list() };
  }

  @Post()
  @ApiCreatedResponse({ type: CaseStartedDto })
  start(@CurrentUser() me: Principal, @Body() body: StartCaseDto): Promise<CaseStartedDto> {
    const variables = body.variables ?? {};
    return this.audit.around(
      { username: me.username, action: 'case.start', resourceType: 'processDefinition', resourceKey: body.processDefinitionId, detail: variableNames(variables) },
      async () => {
        // The procedures have closed start contracts (processes/contracts); other deployed processes are started as given.
        if (body.processDefinitionId in START_CONTRACTS) {
          const problems = await validateStartVariables(body.processDefinitionId, variables);
          if (problems.length) throw problem(400, 'Start variables do not match the procedure contract', { errors: problems.map((p) => ({ property: `variables${p.path ? '.' + p.path : ''}`, messages: p.constraints })) });
        }
        // A wrong event date moves every deadline counted from it: refused for any process, contract or not.
        refuseImplausibleDates(variables, this.clock.now());
        const r = await this.runtime.api.createProcessInstance({ processDefinitionId: body.processDefinitionId as never, variables });
        return { processInstanceKey: String(r.processInstanceKey), processDefinitionKey: String(r.processDefinitionKey), processDefinitionId: String(r.processDefinitionId), version: r.processDefinitionVersion };
      },
      (r) => ({ processInstanceKey: r.processInstanceKey }),
    );
  }
}
