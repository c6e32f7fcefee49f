import { Inject, Injectable } from '@nestjs/common';
import { APP_DB, AppDb } from '../auth/app-database';

export type AuditOutcome = 'success' | 'denied' | 'failure';

/** One audit record. Keys and names only: never a variable value or other applicant data. */
export interface AuditInput {
  username: string | null;
  action: string;
  resourceType: string;
  resourceKey?: string | null;
  processInstanceKey?: string | null;
  outcome: AuditOutcome;
  detail?: string | null;
}

export interface AuditEntry extends Required<AuditInput> {
  id: number;
  at: string;
}

export interface AuditQuery {
  username?: string;
  processInstanceKey?: string;
  action?: string;
  fromMs?: number;
  toMs?: number;
  beforeId?: number;
  limit: number;
}

/** Append-only audit log (table `audit_log` in app.db); triggers refuse UPDATE and DELETE. */
@Injectable()
export class AuditStore {
  constructor(@Inject(APP_DB) private readonly db: AppDb) {
    db.exec(`CREATE TABLE IF NOT EXISTS audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at_ms INTEGER NOT NULL,
      username TEXT,
      action TEXT NOT NULL,
      resource_type TEXT NOT NULL,
      resource_key TEXT,
      process_instance_key TEXT,
      outcome TEXT NOT NULL,
      detail TEXT
    );
    CREATE INDEX IF NOT EXISTS audit_by_user ON audit_log (username, id);
    CREATE INDEX IF NOT EXISTS audit_by_case ON audit_log (process_instance_key, id);
    CREATE INDEX IF NOT EXISTS audit_by_time ON audit_log (at_ms);
    CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`);
  }

  append(entry: AuditInput, atMs: number): number {
    const result = this.db
      .prepare(`INSERT INTO audit_log (at_ms, username, action, resource_type, resource_key, process_instance_key, outcome, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(atMs, entry.username, entry.action, entry.resourceType, entry.resourceKey ?? null, entry.processInstanceKey ?? null, entry.outcome, entry.detail ?? null);
    return Number(result.lastInsertRowid);
  }

  query(q: AuditQuery): AuditEntry[] {
    const where: string[] = [];
    const args: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      where.push(sql);
      args.push(value);
    };
    if (q.username !== undefined) add('username = ?', q.username);
    if (q.processInstanceKey !== undefined) add('process_instance_key = ?', q.processInstanceKey);
    if (q.action !== undefined) add('action = ?', q.action);
    if (q.fromMs !== undefined) add('at_ms >= ?', q.fromMs);
    if (q.toMs !== undefined) add('at_ms < ?', q.toMs);
    if (q.beforeId !== undefined) add('id < ?', q.beforeId);
    const sql = `SELECT * FROM audit_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ?`;
    const rows = this.db.prepare(sql).all(...args, q.limit) as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      id: r.id as number,
      at: new Date(r.at_ms as number).toISOString(),
      username: r.username as string | null,
      action: r.action as string,
      resourceType: r.resource_type as string,
      resourceKey: r.resource_key as string | null,
      processInstanceKey: r.process_instance_key as string | null,
      outcome: r.outcome as AuditOutcome,
      detail: r.detail as string | null,
    }));
  }
}
