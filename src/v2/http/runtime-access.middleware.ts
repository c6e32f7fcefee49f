import { timingSafeEqual } from 'node:crypto';
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
  const expected = { user: env.YUKK_RUNTIME_USER, password: env.YUKK_RUNTIME_PASSWORD };
  return (req: Request, res: Response, next: NextFunction): void => {
    if (expected.user && expected.password) {
      const header = req.headers.authorization ?? '';
      const [scheme, encoded] = header.split(' ');
      const [user, ...rest] = scheme === 'Basic' && encoded ? Buffer.from(encoded, 'base64').toString('utf8').split(':') : [];
      if (user !== undefined && same(user, expected.user) && same(rest.join(':'), expected.password)) return next();
      return refuse(req, res, 401, 'UNAUTHENTICATED', 'The runtime API needs the runtime credentials (HTTP Basic)');
    }
    if (LOOPBACK.test(req.socket.remoteAddress ?? '')) return next();
    refuse(req, res, 403, 'FORBIDDEN', 'The runtime API answers loopback callers only; set YUKK_RUNTIME_USER and YUKK_RUNTIME_PASSWORD to open it to others');
  };
}

function refuse(req: Request, res: Response, status: number, title: string, detail: string): void {
  res.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify({ type: 'about:blank', title, status, detail, instance: req.originalUrl }));
}
