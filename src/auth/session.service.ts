import { Inject, Injectable } from '@nestjs/common';
import { UsersStore } from '../users/users.store';
import { AUTH_SETTINGS, AuthSettings } from './auth-settings';
import { AuthClock } from './clock';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password';
import { Principal } from './roles';
import { SessionStore } from './session.store';

/** Sign-in and session validation: idle timeout (renewed by use) and absolute timeout (from sign-in). */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionStore,
    private readonly users: UsersStore,
    private readonly clock: AuthClock,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  /** Returns the new token and principal, or undefined for a wrong name/password or a deactivated user. */
  async login(username: string, password: string): Promise<{ token: string; principal: Principal } | undefined> {
    const user = this.users.find(username);
    // Always one bcrypt comparison, so an unknown name costs the same time as a wrong password.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.active) return undefined;
    const now = this.clock.now();
    this.sessions.purgeExpired(now, this.settings.idleTimeoutMs, this.settings.absoluteTimeoutMs);
    const { token, session } = this.sessions.create(user.username, now);
    return { token, principal: this.principal(session.id, session.createdAt, now, user) };
  }

  /** The principal of a valid session (and renews its idle timeout); undefined when unknown or expired. */
  authenticate(token: string | undefined): Principal | undefined {
    if (!token) return undefined;
    const session = this.sessions.findByToken(token);
    if (!session) return undefined;
    const now = this.clock.now();
    const expired = now - session.lastSeenAt >= this.settings.idleTimeoutMs || now - session.createdAt >= this.settings.absoluteTimeoutMs;
    const user = this.users.find(session.username);
    if (expired || !user || !user.active) {
      this.sessions.delete(session.id);
      return undefined;
    }
    // Renewing the idle timeout is a durable write (the answer waits for the app.db WAL flush, app-db-durability.ts).
    // Once per minute (or per tenth of the idle timeout) is enough: one write per UI request would make every UI
    // answer wait for an fsync (the soak bench measured stalls of several seconds when that fsync ran on the loop).
    if (now - session.lastSeenAt >= Math.min(60_000, this.settings.idleTimeoutMs / 10)) this.sessions.touch(session.id, now);
    return this.principal(session.id, session.createdAt, now, user);
  }

  /** Changes the caller's password after checking the current one; the caller's other sessions end. */
  async changePassword(user: Principal, currentPassword: string, newPassword: string): Promise<boolean> {
    const record = this.users.find(user.username);
    if (!record || !(await verifyPassword(currentPassword, record.passwordHash))) return false;
    this.users.update({ ...record, passwordHash: await hashPassword(newPassword) });
    this.sessions.deleteForUserExcept(user.username, user.sessionId);
    return true;
  }

  logout(sessionId: string): void {
    this.sessions.delete(sessionId);
  }

  endSessionsOf(username: string): void {
    this.sessions.deleteForUser(username);
  }

  private principal(sessionId: string, createdAt: number, now: number, user: { username: string; displayName: string; roles: Principal['roles']; groups: string[] }): Principal {
    const expiresAt = Math.min(now + this.settings.idleTimeoutMs, createdAt + this.settings.absoluteTimeoutMs);
    return { username: user.username, displayName: user.displayName, roles: user.roles, groups: user.groups, sessionId, expiresAt };
  }
}
