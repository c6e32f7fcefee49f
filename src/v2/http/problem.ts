/**
 * RFC 9457 problem details as Camunda's REST API returns them: `title` is the error kind
 * (INVALID_ARGUMENT, NOT_FOUND, …), `detail` the human message, `instance` the request path.
 */
export interface ProblemDetail {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** HTTP status → Camunda's problem title (the engine's EngineError kinds map one to one). */
export const TITLE_BY_STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'INVALID_STATE',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL_ERROR',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
  507: 'INSUFFICIENT_STORAGE',
};

export const STATUS_BY_ENGINE_KIND: Record<string, number> = {
  INVALID_ARGUMENT: 400,
  NOT_FOUND: 404,
  INVALID_STATE: 409,
  RESOURCE_EXHAUSTED: 429,
  PAYLOAD_TOO_LARGE: 413,
  DEADLINE_EXCEEDED: 504,
};

export function problem(status: number, detail: string, instance: string, title?: string): ProblemDetail {
  return { type: 'about:blank', title: title ?? TITLE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'INVALID_ARGUMENT'), status, detail, instance };
}

/** Thrown by the REST layer itself for request errors that have no engine counterpart. */
export class ProblemException extends Error {
  constructor(readonly status: number, detail: string, readonly title?: string) {
    super(detail);
    this.name = 'ProblemException';
  }
}

export const badRequest = (detail: string) => new ProblemException(400, detail);
