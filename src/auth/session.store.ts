import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_DB, AppDb } from './app-database';

export interface SessionRow {
  id: string;
  username: string;
  createdAt: number;
  lastSeenAt: number;
}

/** Only the SHA-256 of a token is stored: a copy of app.db does not yield usable sessions. */
const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Sessions (table `sessions` in app.db); tokens are 256-bit random, sent in the cookie only. */
@Injectable()
export class SessionStore {
  constructor(@Inject(APP_DB) private readonly db: AppDb) {
    db.exec(`CREATE TABLE IF NOT EXISTS sessions (
      id TEXT PRIMARY KEY,
      username TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      last_seen_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS sessions_by_user ON sessions (username)`);
  }

  /** Creates a session and returns its token (the cookie value). */
  create(username: string, now: number): { token: string; session: SessionRow } {
    const token = randomBytes(32).toString('base64url');
    const session = { id: digest(token), username, createdAt: now, lastSeenAt: now };
    this.db.prepare('INSERT INTO sessions (id, username, created_at, last_seen_at) VALUES (?, ?, ?, ?)').run(session.id, username, now, now);
    return { token, session };
  }

  findByToken(token: string): SessionRow | undefined {
    const row = this.db.prepare('SELECT id, username, created_at AS createdAt, last_seen_at AS lastSeenAt FROM sessions WHERE id = ?').get(digest(token));
    return row as SessionRow | undefined;
  }

  touch(id: string, now: number): void {
    this.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(now, id);
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
  }

  deleteForUser(username: string): void {
    this.db.prepare('DELETE FROM sessions WHERE username = ?').run(username);
  }

  deleteForUserExcept(username: string, keepId: string): void {
    this.db.prepare('DELETE FROM sessions WHERE username = ? AND id <> ?').run(username, keepId);
  }

  /** Drops sessions past either timeout, so the table does not grow without bound. */
  purgeExpired(now: number, idleMs: number, absoluteMs: number): void {
    this.db.prepare('DELETE FROM sessions WHERE last_seen_at <= ? OR created_at <= ?').run(now - idleMs, now - absoluteMs);
  }
}
