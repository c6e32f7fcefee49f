/**
 * Persisted outbox of notices (SQLite, table `outbox`). A separate dispatcher (e-Tebligat, post, the web UI)
 * delivers them; the process only needs the notice to be durably recorded with its instant.
 * Rows are keyed by the job key, so a job delivered twice (at-least-once) writes one notice.
 */
import Database from 'better-sqlite3';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Notice } from './notice';

export interface OutboxRecord extends Notice {
  id: string;
  createdAt: string;
  status: 'pending' | 'sent';
}

export interface NoticeOutbox {
  /** Inserts the notice unless one with this id exists; returns the stored record either way. */
  put(id: string, notice: Notice, createdAt: string): OutboxRecord;
  get(id: string): OutboxRecord | undefined;
  list(): OutboxRecord[];
  close(): void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS outbox (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  case_number TEXT NOT NULL,
  notice_type TEXT NOT NULL,
  citation TEXT NOT NULL,
  addressee_role TEXT NOT NULL,
  addressee_name TEXT,
  language TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  payload TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending'
);
CREATE INDEX IF NOT EXISTS outbox_status ON outbox (status, created_at);
`;

interface Row {
  id: string;
  created_at: string;
  case_number: string;
  notice_type: string;
  citation: string;
  addressee_role: Notice['addressee']['role'];
  addressee_name: string | null;
  language: string;
  subject: string;
  body: string;
  payload: string;
  status: OutboxRecord['status'];
}

export class SqliteOutbox implements NoticeOutbox {
  private readonly db: Database.Database;

  /** `file` = ':memory:' for tests; otherwise the directory is created if needed. */
  constructor(file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
  }

  static inDataDir(dataDir: string): SqliteOutbox {
    return new SqliteOutbox(path.join(dataDir, 'outbox.db'));
  }

  put(id: string, notice: Notice, createdAt: string): OutboxRecord {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO outbox (id, created_at, case_number, notice_type, citation, addressee_role, addressee_name, language, subject, body, payload)
         VALUES (@id, @createdAt, @caseNumber, @noticeType, @citation, @role, @name, @language, @subject, @body, @payload)`,
      )
      .run({
        id,
        createdAt,
        caseNumber: notice.caseNumber,
        noticeType: notice.noticeType,
        citation: notice.citation,
        role: notice.addressee.role,
        name: notice.addressee.name ?? null,
        language: notice.language,
        subject: notice.subject,
        body: notice.body,
        payload: JSON.stringify(notice.payload),
      });
    return this.get(id)!;
  }

  get(id: string): OutboxRecord | undefined {
    const row = this.db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as Row | undefined;
    return row ? toRecord(row) : undefined;
  }

  list(): OutboxRecord[] {
    return (this.db.prepare('SELECT * FROM outbox ORDER BY created_at, id').all() as Row[]).map(toRecord);
  }

  close(): void {
    this.db.close();
  }
}

function toRecord(row: Row): OutboxRecord {
  return {
    id: row.id,
    createdAt: row.created_at,
    status: row.status,
    caseNumber: row.case_number,
    noticeType: row.notice_type,
    citation: row.citation,
    addressee: { role: row.addressee_role, ...(row.addressee_name ? { name: row.addressee_name } : {}) },
    language: row.language,
    subject: row.subject,
    body: row.body,
    payload: JSON.parse(row.payload),
  };
}
