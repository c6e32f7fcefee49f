import { Inject, Injectable } from '@nestjs/common';
import { APP_DB, AppDb } from '../auth/app-database';
import { Role } from '../auth/roles';

export interface UserRecord {
  username: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  groups: string[];
  active: boolean;
  createdAt: string;
}

export type PublicUser = Omit<UserRecord, 'passwordHash'>;

interface Row {
  username: string;
  display_name: string;
  password_hash: string;
  roles: string;
  groups_json: string;
  active: number;
  created_at: string;
}

const toRecord = (r: Row): UserRecord => ({
  username: r.username,
  displayName: r.display_name,
  passwordHash: r.password_hash,
  roles: JSON.parse(r.roles),
  groups: JSON.parse(r.groups_json),
  active: r.active === 1,
  createdAt: r.created_at,
});

export const toPublicUser = ({ passwordHash: _hash, ...user }: UserRecord): PublicUser => user;

/** Local users (table `users` in app.db). */
@Injectable()
export class UsersStore {
  constructor(@Inject(APP_DB) private readonly db: AppDb) {
    db.exec(`CREATE TABLE IF NOT EXISTS users (
      username TEXT PRIMARY KEY,
      display_name TEXT NOT NULL,
      password_hash TEXT NOT NULL,
      roles TEXT NOT NULL,
      groups_json TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL
    )`);
  }

  find(username: string): UserRecord | undefined {
    const row = this.db.prepare('SELECT * FROM users WHERE username = ?').get(username) as Row | undefined;
    return row && toRecord(row);
  }

  list(): UserRecord[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY username').all() as Row[]).map(toRecord);
  }

  /** Inserts; false when the name is taken. */
  insert(user: UserRecord): boolean {
    const result = this.db
      .prepare(`INSERT OR IGNORE INTO users (username, display_name, password_hash, roles, groups_json, active, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(user.username, user.displayName, user.passwordHash, JSON.stringify(user.roles), JSON.stringify(user.groups), user.active ? 1 : 0, user.createdAt);
    return result.changes === 1;
  }

  update(user: UserRecord): void {
    this.db
      .prepare('UPDATE users SET display_name = ?, password_hash = ?, roles = ?, groups_json = ?, active = ? WHERE username = ?')
      .run(user.displayName, user.passwordHash, JSON.stringify(user.roles), JSON.stringify(user.groups), user.active ? 1 : 0, user.username);
  }
}
