import { applyDecorators, Controller, UseFilters, UseGuards, UsePipes } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { AccessGuard } from '../auth/access.guard';
import { ProblemFilter } from './problem';
import { apiValidationPipe } from './validation';

/**
 * Declares an /api controller: access guard (deny by default), DTO validation and problem-detail errors.
 * Applied per controller rather than globally so the runtime's /v2 routes keep their own behaviour.
 */
export const ApiController = (path: string, tag: string) =>
  applyDecorators(Controller(`api/${path}`), ApiTags(tag), ApiCookieAuth('session'), UseGuards(AccessGuard), UsePipes(apiValidationPipe), UseFilters(ProblemFilter));
