import { Body, Controller, HttpCode, Inject, Param, Patch, Post, Res, UsePipes } from '@nestjs/common';
import type { Response } from 'express';
import { Engine } from '../../../engine';
import { searchJobs } from '../../../engine/query';
import { ENGINE } from '../../runtime/engine.token';
import { SearchQueryDto } from '../dto/search.dto';
import { ActivateJobsDto, CompleteJobDto, FailJobDto, ThrowJobErrorDto, UpdateJobDto } from '../dto/job.dto';
import { key } from '../http/path-key.pipe';
import { activateJobs } from '../http/commands';
import { toLong, v2ValidationPipe } from '../http/validation';

@Controller('v2/jobs')
@UsePipes(v2ValidationPipe)
export class JobsController {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  @Post('activation')
  @HttpCode(200)
  activate(@Body() body: ActivateJobsDto, @Res({ passthrough: true }) res: Response) {
    return activateJobs(this.engine, body, res);
  }

  @Post('search')
  @HttpCode(200)
  search(@Body() query: SearchQueryDto) {
    return searchJobs(this.engine.db, query ?? {});
  }

  @Post(':jobKey/completion')
  @HttpCode(204)
  async complete(@Param('jobKey', key('jobKey')) jobKey: string, @Body() body: CompleteJobDto): Promise<void> {
    await this.engine.completeJob(jobKey, body.variables ?? {});
  }

  @Post(':jobKey/failure')
  @HttpCode(204)
  async fail(@Param('jobKey', key('jobKey')) jobKey: string, @Body() body: FailJobDto): Promise<void> {
    await this.engine.failJob(jobKey, {
      retries: body.retries ?? 0,
      errorMessage: body.errorMessage,
      retryBackOff: toLong(body.retryBackOff),
      variables: body.variables,
    });
  }

  @Post(':jobKey/error')
  @HttpCode(204)
  async error(@Param('jobKey', key('jobKey')) jobKey: string, @Body() body: ThrowJobErrorDto): Promise<void> {
    await this.engine.throwJobError(jobKey, { errorCode: body.errorCode, errorMessage: body.errorMessage ?? undefined, variables: body.variables ?? undefined });
  }

  @Patch(':jobKey')
  @HttpCode(204)
  async update(@Param('jobKey', key('jobKey')) jobKey: string, @Body() body: UpdateJobDto): Promise<void> {
    const { retries, timeout } = body.changeset;
    await this.engine.updateJob(jobKey, { retries: retries ?? undefined, timeout: toLong(timeout) });
  }
}
