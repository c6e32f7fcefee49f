import { CanActivate, ExecutionContext, Injectable, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuditService } from '../audit/audit.service';
import { problem } from '../ui-api/problem';
import { readCookie, SESSION_COOKIE } from './cookies';
import { Principal, PUBLIC_KEY, Role, ROLES_KEY } from './roles';
import { crossSiteRefusal } from './same-origin';
import { SessionService } from './session.service';

export type AuthedRequest = Request & { principal?: Principal };

/**
 * Every /api handler passes here. Cross-site writes are refused first (see same-origin.ts). Deny by default: a handler
 * needs @Public, or a session and one of its @Roles; a handler with neither is refused to everyone. Refusals of
 * signed-in users are audited.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const refusal = crossSiteRefusal(req.method, req.headers);
    if (refusal) throw problem(403, `Refused: ${refusal}`);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const principal = this.sessions.authenticate(readCookie(req.headers.cookie, SESSION_COOKIE));
    if (!principal) throw problem(401, 'Sign-in required');
    req.principal = principal;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!roles.some((r) => principal.roles.includes(r))) {
      this.audit.record({ username: principal.username, action: `http.${req.method}`, resourceType: 'route', resourceKey: req.path, outcome: 'denied', detail: `needs ${roles.join('|') || '(no role)'}` });
      throw problem(403, roles.length ? `Role ${roles.join(' or ')} required` : 'Not available');
    }
    return true;
  }
}

/** The signed-in user of the request (set by AccessGuard). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthedRequest>().principal;
  if (!principal) throw problem(401, 'Sign-in required');
  return principal;
});
