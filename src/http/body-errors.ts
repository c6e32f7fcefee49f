/**
 * Errors of body parsing (body-parser, raised before any route) worded for a problem detail. The parser's own
 * messages quote the body ("Unexpected token 'x', \"<body>\" is not valid JSON"): uploaded content is never echoed,
 * so only the position is kept.
 */
export const JSON_BODY_LIMIT_BYTES = 10 * 1024 * 1024;

export interface BodyProblem {
  status: number;
  detail: string;
}

interface ParserError {
  type?: unknown;
  status?: unknown;
  message?: unknown;
  limit?: unknown;
  expose?: unknown;
}

export function bodyProblem(error: unknown): BodyProblem | undefined {
  // Nest's express adapter wraps body-parser's errors in an HttpException whose cause is the original.
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  const e = (cause && typeof (cause as ParserError).type === 'string' ? cause : error) as ParserError | undefined;
  if (!e || typeof e.type !== 'string' || typeof e.status !== 'number' || e.status < 400 || e.status >= 500) return undefined;
  switch (e.type) {
    case 'entity.parse.failed': {
      const at = /position (\d+)/.exec(String(e.message ?? ''));
      return { status: 400, detail: `The request body is not valid JSON${at ? ` (at position ${at[1]})` : ''}.` };
    }
    case 'entity.too.large': {
      const limit = typeof e.limit === 'number' ? e.limit : JSON_BODY_LIMIT_BYTES;
      return { status: 413, detail: `The request body is larger than the limit of ${Math.round(limit / (1024 * 1024))} MiB.` };
    }
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, detail: 'The request body has an unsupported encoding or character set; send UTF-8 JSON.' };
    case 'request.aborted':
      return { status: 400, detail: 'The request was aborted by the client before its body arrived.' };
    default:
      return { status: e.status, detail: 'The request body could not be read.' };
  }
}
