import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { bodyProblem } from '../http/body-errors';
import { isOutOfSpace, OUT_OF_SPACE_DETAIL, outOfSpaceLogLine } from '../http/storage-errors';

/** RFC 9457 problem detail; `extra` adds members such as `errors` (validation) or `lint` (refused deployment). */
export class ProblemException extends HttpException {
  constructor(status: number, detail: string, readonly extra: Record<string, unknown> = {}) {
    super(detail, status);
  }
}

export const problem = (status: number, detail: string, extra?: Record<string, unknown>) => new ProblemException(status, detail, extra);

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  507: 'Insufficient Storage',
};

// 507: the runtime's disk is full; the user should hear that, not "bad gateway".
const RUNTIME_PASS_THROUGH = new Set([400, 404, 409, 412, 422, 429, 507]);

interface SdkError {
  name?: string;
  status?: number;
  title?: string;
  detail?: string;
  message?: string;
}

/** Turns every error of an /api handler into application/problem+json. Runtime (SDK) errors keep their 4xx status. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('api');

  catch(exception: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    let status = 500;
    let detail = 'Internal error';
    let extra: Record<string, unknown> = {};
    const parsing = bodyProblem(exception);
    if (isOutOfSpace(exception)) {
      status = 507;
      detail = OUT_OF_SPACE_DETAIL;
      this.logger.error(outOfSpaceLogLine(req.method, req.path));
    } else if (parsing) {
      status = parsing.status;
      detail = parsing.detail;
    } else if (exception instanceof ProblemException) {
      status = exception.getStatus();
      detail = exception.message;
      extra = exception.extra;
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      const body = exception.getResponse();
      detail = typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? exception.message);
    } else if (exception && typeof (exception as SdkError).status === 'number') {
      // A runtime error passed on through @camunda8/sdk. Only statuses about the request itself reach the UI; the
      // runtime refusing this server (401/403: its credentials) or lacking an endpoint (405) is a gateway problem,
      // and must not look like the user's own session ending.
      const e = exception as SdkError;
      status = RUNTIME_PASS_THROUGH.has(e.status!) ? e.status! : HttpStatus.BAD_GATEWAY;
      detail = e.detail ?? e.title ?? e.message ?? `runtime returned ${e.status}`;
    } else {
      // The message may quote runtime data (e.g. a variable value): log the error's type and where it arose, not its text.
      const stack = exception instanceof Error ? (exception.stack ?? '').split('\n').slice(1).join('\n') : '';
      this.logger.error(`${req.method} ${req.path}: ${exception instanceof Error ? exception.name : typeof exception}\n${stack}`);
      const cause = exception as { cause?: { code?: string } };
      if (cause?.cause?.code === 'ECONNREFUSED') {
        status = 503;
        detail = 'Runtime not reachable';
      }
    }
    if (res.headersSent) return;
    res
      .status(status)
      .type('application/problem+json')
      .send(JSON.stringify({ type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, instance: req.path, ...extra }));
  }
}
