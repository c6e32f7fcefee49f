import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AUTH_SETTINGS, AuthSettings } from '../auth/auth-settings';
import { AuthClock } from '../auth/clock';
import { hashPassword } from '../auth/password';
import { Role, ROLES } from '../auth/roles';
import { SessionService } from '../auth/session.service';
import { problem } from '../ui-api/problem';
import { CreateUserDto, UpdateUserDto } from './users.dto';
import { PublicUser, toPublicUser, UsersStore } from './users.store';

/** Synthetic demo accounts for local try-out (YUKK_DEMO_USERS=1); documented in docs/ui-api.md. */
export const DEMO_PASSWORD = 'demo-password-1';
const DEMO_USERS: Array<{ username: string; displayName: string; roles: Role[]; groups: string[] }> = [
  { username: 'demo.analyst', displayName: 'Demo Analyst', roles: ['analyst'], groups: [] },
  { username: 'demo.officer', displayName: 'Demo Officer', roles: ['officer'], groups: ['officers'] },
  { username: 'demo.supervisor', displayName: 'Demo Supervisor', roles: ['officer'], groups: ['supervisors'] },
  { username: 'demo.manager', displayName: 'Demo Manager', roles: ['manager'], groups: ['supervisors'] },
];

@Injectable()
export class UsersService implements OnModuleInit {
  private readonly logger = new Logger('users');

  constructor(
    private readonly store: UsersStore,
    private readonly sessions: SessionService,
    private readonly clock: AuthClock,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  /** Creates the first admin and the demo users when missing; never overwrites an existing account. */
  async onModuleInit(): Promise<void> {
    const { adminUser, adminPassword } = this.settings;
    if (adminPassword && adminPassword.length < 10) this.logger.warn('YUKK_ADMIN_PASSWORD is shorter than 10 characters');
    if (adminUser && adminPassword) {
      await this.ensure({ username: adminUser, displayName: 'Administrator', password: adminPassword, roles: [...ROLES], groups: ['officers', 'supervisors'] });
    } else if (adminUser || adminPassword) {
      this.logger.warn('YUKK_ADMIN_USER and YUKK_ADMIN_PASSWORD must both be set; no admin created');
    }
    if (this.settings.demoUsers) {
      this.logger.warn('YUKK_DEMO_USERS=1: demo accounts with a published password are enabled (local try-out only)');
      for (const demo of DEMO_USERS) await this.ensure({ ...demo, password: DEMO_PASSWORD });
    }
    if (this.store.list().length === 0) {
      // A fresh install with nobody to sign in: say how to create the first account.
      this.logger.warn('No user can sign in yet: set YUKK_ADMIN_USER and YUKK_ADMIN_PASSWORD (or YUKK_DEMO_USERS=1 for a local try-out) and restart');
    }
  }

  list(): PublicUser[] {
    return this.store.list().map(toPublicUser);
  }

  async create(dto: CreateUserDto): Promise<PublicUser> {
    const user = { username: dto.username, displayName: dto.displayName, passwordHash: await hashPassword(dto.password), roles: dto.roles, groups: dto.groups, active: true, createdAt: new Date(this.clock.now()).toISOString() };
    if (!this.store.insert(user)) throw problem(409, `User ${dto.username} exists`);
    return toPublicUser(user);
  }

  async update(username: string, dto: UpdateUserDto): Promise<PublicUser> {
    const user = this.store.find(username);
    if (!user) throw problem(404, `No user ${username}`);
    const next = {
      ...user,
      displayName: dto.displayName ?? user.displayName,
      roles: dto.roles ?? user.roles,
      groups: dto.groups ?? user.groups,
      active: dto.active ?? user.active,
      passwordHash: dto.password ? await hashPassword(dto.password) : user.passwordHash,
    };
    this.store.update(next);
    // A changed password, role set or deactivation takes effect at once, not at the next sign-in.
    if (dto.password || dto.roles || dto.active === false) this.sessions.endSessionsOf(username);
    return toPublicUser(next);
  }

  private async ensure(user: { username: string; displayName: string; password: string; roles: Role[]; groups: string[] }): Promise<void> {
    if (this.store.find(user.username)) return;
    this.store.insert({ username: user.username, displayName: user.displayName, passwordHash: await hashPassword(user.password), roles: user.roles, groups: user.groups, active: true, createdAt: new Date(this.clock.now()).toISOString() });
  }
}
