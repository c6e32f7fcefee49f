import { Body, Controller, Get, Header, HttpCode, Inject, Param, Post, UsePipes } from '@nestjs/common';
import { IsObject, IsOptional, IsString } from 'class-validator';
import { Engine } from '../../../engine';
import {
  getDecisionDefinition, getDecisionDefinitionXml, getDecisionInstance, getDecisionRequirementsXml, searchDecisionDefinitions, searchDecisionInstances, searchDecisionRequirements,
} from '../../../engine/query';
import { ENGINE } from '../../runtime/engine.token';
import { SearchQueryDto } from '../dto/search.dto';
import { badRequest } from '../http/problem';
import { key } from '../http/path-key.pipe';
import { IsLong } from '../http/validation';
import { v2ValidationPipe } from '../http/validation';

export class EvaluateDecisionDto {
  @IsOptional() @IsString() decisionDefinitionId?: string;
  @IsOptional() @IsLong() decisionDefinitionKey?: string | number;
  @IsOptional() @IsObject() variables?: Record<string, unknown>;
  @IsOptional() @IsString() tenantId?: string;
}

/** Camunda 8.8's decision endpoints: definitions (search, get, XML, evaluation), requirements, instances. */
@Controller('v2')
@UsePipes(v2ValidationPipe)
export class DecisionsController {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  @Post('decision-definitions/search')
  @HttpCode(200)
  searchDefinitions(@Body() query: SearchQueryDto) {
    return searchDecisionDefinitions(this.engine.db, query ?? {});
  }

  @Post('decision-definitions/evaluation')
  @HttpCode(200)
  evaluate(@Body() body: EvaluateDecisionDto) {
    const hasId = body.decisionDefinitionId !== undefined;
    const hasKey = body.decisionDefinitionKey !== undefined;
    if (hasId === hasKey) throw badRequest('Expected either decisionDefinitionId or decisionDefinitionKey, but not both.');
    return this.engine.evaluateDecision({
      decisionDefinitionId: body.decisionDefinitionId,
      decisionDefinitionKey: hasKey ? String(body.decisionDefinitionKey) : undefined,
      variables: body.variables,
      tenantId: body.tenantId,
    });
  }

  @Get('decision-definitions/:decisionDefinitionKey')
  getDefinition(@Param('decisionDefinitionKey', key('decisionDefinitionKey')) decisionDefinitionKey: string) {
    return getDecisionDefinition(this.engine.db, decisionDefinitionKey);
  }

  @Get('decision-definitions/:decisionDefinitionKey/xml')
  @Header('Content-Type', 'text/xml; charset=utf-8')
  definitionXml(@Param('decisionDefinitionKey', key('decisionDefinitionKey')) decisionDefinitionKey: string): string {
    return getDecisionDefinitionXml(this.engine.db, decisionDefinitionKey);
  }

  @Post('decision-requirements/search')
  @HttpCode(200)
  searchRequirements(@Body() query: SearchQueryDto) {
    return searchDecisionRequirements(this.engine.db, query ?? {});
  }

  @Get('decision-requirements/:decisionRequirementsKey/xml')
  @Header('Content-Type', 'text/xml; charset=utf-8')
  requirementsXml(@Param('decisionRequirementsKey', key('decisionRequirementsKey')) decisionRequirementsKey: string): string {
    return getDecisionRequirementsXml(this.engine.db, decisionRequirementsKey);
  }

  @Post('decision-instances/search')
  @HttpCode(200)
  searchInstances(@Body() query: SearchQueryDto) {
    return searchDecisionInstances(this.engine.db, query ?? {});
  }

  @Get('decision-instances/:decisionEvaluationInstanceKey')
  getInstance(@Param('decisionEvaluationInstanceKey', key('decisionEvaluationInstanceKey')) decisionEvaluationInstanceKey: string) {
    return getDecisionInstance(this.engine.db, decisionEvaluationInstanceKey);
  }
}
