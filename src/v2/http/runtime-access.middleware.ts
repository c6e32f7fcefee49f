import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { basicAuthorization, RuntimeCredential } from '../../runtime/runtime-credential';
import { PROBLEM_CONTENT_TYPE } from './problem';

/**
 * The engine's /v2 API bypasses the UI's roles and audit, so every request must prove it is not a browser page:
 * it carries the runtime credential (HTTP Basic; configured or generated in the data folder, see
 * runtime-credential.ts) and no browser origin. Loopback alone proves nothing: a page opened in a browser on this
 * host is a loopback caller too.
 */
export function runtimeAccess(credential: RuntimeCredential) {
  const check = runtimeAccessCheck(credential);
  return (req: Request, res: Response, next: NextFunction): void => {
    const refusal = check(req);
    if (!refusal) return next();
    const { status, title, detail } = refusal;
    if (status === 401) res.setHeader('WWW-Authenticate', 'Basic realm="yukk-flow runtime", charset="UTF-8"');
    res.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify({ type: 'about:blank', title, status, detail, instance: req.originalUrl.split('?')[0] }));
  };
}

export interface Refusal {
  status: 401 | 403;
  title: string;
  detail: string;
}

const BROWSER_PAGE: Refusal = { status: 403, title: 'FORBIDDEN', detail: 'The runtime API does not answer requests from web pages (Origin or Sec-Fetch-Site present)' };
const NO_CREDENTIAL: Refusal = { status: 401, title: 'UNAUTHENTICATED', detail: 'The runtime API needs the runtime credential (HTTP Basic): YUKK_RUNTIME_USER / YUKK_RUNTIME_PASSWORD, or the one the server generated in its data folder (runtime-credential.json)' };

/** The decision alone (undefined = let in), for the hot path, which has no express response. Cheap: header compares. */
export function runtimeAccessCheck(credential: RuntimeCredential): (req: IncomingMessage) => Refusal | undefined {
  const expected = Buffer.from(basicAuthorization(credential));
  return (req) => {
    const { origin, authorization } = req.headers;
    const site = req.headers['sec-fetch-site'];
    // Browsers send Origin on every cross-origin request and on same-origin state changes; SDKs and tools do not.
    if (origin !== undefined || (site !== undefined && site !== 'none')) return BROWSER_PAGE;
    if (authorization === undefined || !sameHeader(authorization, expected)) return NO_CREDENTIAL;
    return undefined;
  };
}

function sameHeader(received: string, expected: Buffer): boolean {
  const got = Buffer.from(received);
  if (got.length === expected.length && timingSafeEqual(got, expected)) return true;
  // The scheme is case-insensitive (RFC 9110): `basic …` from a hand-written client is the same credential.
  if (got.length !== expected.length || !/^basic /i.test(received)) return false;
  return timingSafeEqual(Buffer.from(`Basic ${received.slice(6)}`), expected);
}
