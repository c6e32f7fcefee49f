import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { ServerResponse } from 'node:http';
import type { Request, Response } from 'express';
import { EngineError } from '../../../engine';
import { bodyProblem } from '../../http/body-errors';
import { isOutOfSpace, OUT_OF_SPACE_DETAIL, outOfSpaceLogLine } from '../../http/storage-errors';
import { ProblemFilter } from '../../ui-api/problem';
import { MAX_RESOURCE_BYTES } from './limits';
import { problem, PROBLEM_CONTENT_TYPE, ProblemDetail, ProblemException, STATUS_BY_ENGINE_KIND } from './problem';

export const V2_PREFIX = '/v2';

const isV2 = (req: Request): boolean => {
  const url = req.originalUrl ?? req.url ?? '';
  return url === V2_PREFIX || url.startsWith(`${V2_PREFIX}/`) || url.startsWith(`${V2_PREFIX}?`);
};

const isApi = (req: Request): boolean => {
  const url = req.originalUrl ?? req.url ?? '';
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
};

/**
 * Every error under /v2 leaves as application/problem+json, whatever raised it: the engine,
 * validation, body parsing, multer limits or an unknown route. Errors under /api that no controller
 * caught (body parsing, unknown routes) get the /api problem format. Other paths keep Nest's default.
 * Registered globally by AppModule, so Camunda 8 mode (no /v2) has it too.
 */
@Catch()
export class ProblemDetailsFilter extends BaseExceptionFilter {
  private readonly log = new Logger('v2');
  private readonly api = new ProblemFilter();

  override catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return super.catch(error, host);
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    if (isApi(req)) return this.api.catch(error, host);
    if (!isV2(req)) return super.catch(error, host);
    sendProblem(res, error, req.method, req.originalUrl, this.log);
  }
}

/** Answers a failed /v2 request with its problem detail (used by the filter and the hot path). */
export function sendProblem(res: ServerResponse, error: unknown, method: string | undefined, url: string, log: Logger): void {
  const body = toProblem(error, url.split('?')[0]);
  if (body.status === 507) log.error(outOfSpaceLogLine(method, body.instance));
  else if (body.status >= 500) {
    // Messages may quote variable values (applicant data): log the kind and where, not the text.
    const stack = error instanceof Error && error.stack ? error.stack.split('\n').slice(1, 6).join('\n') : '';
    log.error(`${method} ${body.instance} failed with ${error instanceof Error ? error.name : typeof error}\n${stack}`);
  }
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(body.status, { 'content-type': PROBLEM_CONTENT_TYPE, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function toProblem(error: unknown, instance: string): ProblemDetail {
  if (isOutOfSpace(error)) return problem(507, OUT_OF_SPACE_DETAIL, instance, 'INSUFFICIENT_STORAGE');
  if (error instanceof EngineError) return problem(STATUS_BY_ENGINE_KIND[error.kind] ?? 400, error.message, instance, error.kind);
  if (error instanceof ProblemException) return problem(error.status, error.message, instance, error.title);
  // body-parser errors (malformed JSON, too large), wrapped by Nest or not; their wording never quotes the body.
  const parsing = bodyProblem(error);
  if (parsing) return problem(parsing.status, parsing.detail, instance);
  // The input took the engine past its stack (a structure nested or chained beyond what deployment and the input
  // limits catch): the caller's input, not a server fault. The command's transaction was rolled back.
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return problem(400, 'The request is nested or chained too deeply for the engine (stack exhausted); nothing was changed.', instance);
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    // multer's limit errors say only "File too large": say which limit applies (uploads are deployments only).
    const upload = instance.startsWith(`${V2_PREFIX}/deployments`);
    const detail = status === 413 && upload ? `The upload is too large (${httpDetail(error)}); a resource may have at most ${MAX_RESOURCE_BYTES / (1024 * 1024)} MiB.` : httpDetail(error);
    return problem(status, detail, instance);
  }
  const e = error as { status?: unknown; statusCode?: unknown; message?: unknown };
  const status = typeof e?.status === 'number' ? e.status : typeof e?.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) return problem(status, String(e.message ?? 'Bad request'), instance);
  return problem(500, 'An internal error occurred while processing the request.', instance);
}

function httpDetail(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string') return message;
  return error.message;
}
