import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE } from './problem';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The engine's /v2 API bypasses the UI's roles and audit, so it is for the job workers and other
 * trusted clients only: loopback callers, or callers with the runtime credentials
 * (YUKK_RUNTIME_USER / YUKK_RUNTIME_PASSWORD; SDK: CAMUNDA_AUTH_STRATEGY=BASIC).
 */
export function runtimeAccess(env: NodeJS.ProcessEnv = process.env) {
  const check = runtimeAccessCheck(env);
  return (req: Request, res: Response, next: NextFunction): void => {
    const refusal = check(req);
    if (!refusal) return next();
    const { status, title, detail } = refusal;
    res.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify({ type: 'about:blank', title, status, detail, instance: req.originalUrl }));
  };
}

export interface Refusal {
  status: 401 | 403;
  title: string;
  detail: string;
}

/** The decision alone (undefined = let in), for the hot path, which has no express response. */
export function runtimeAccessCheck(env: NodeJS.ProcessEnv = process.env): (req: IncomingMessage) => Refusal | undefined {
  const expected = { user: env.YUKK_RUNTIME_USER, password: env.YUKK_RUNTIME_PASSWORD };
  return (req) => {
    if (expected.user && expected.password) {
      const header = req.headers.authorization ?? '';
      const [scheme, encoded] = header.split(' ');
      const [user, ...rest] = scheme === 'Basic' && encoded ? Buffer.from(encoded, 'base64').toString('utf8').split(':') : [];
      if (user !== undefined && same(user, expected.user) && same(rest.join(':'), expected.password)) return undefined;
      return { status: 401, title: 'UNAUTHENTICATED', detail: 'The runtime API needs the runtime credentials (HTTP Basic)' };
    }
    if (LOOPBACK.test(req.socket.remoteAddress ?? '')) return undefined;
    return { status: 403, title: 'FORBIDDEN', detail: 'The runtime API answers loopback callers only; set YUKK_RUNTIME_USER and YUKK_RUNTIME_PASSWORD to open it to others' };
  };
}
