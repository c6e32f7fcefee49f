import Database from 'better-sqlite3';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema';

export type Db = Database.Database;

export interface OpenOptions {
  /** Folder for engine.db; ignored when `filename` is given. */
  dataDir?: string;
  /** ':memory:' for throw-away engines in unit tests and benchmarks. */
  filename?: string;
  /** FULL (default) makes an acknowledged command survive power loss; NORMAL only process crashes. */
  synchronous?: 'FULL' | 'NORMAL';
}

export function openDatabase(options: OpenOptions): Db {
  let filename = options.filename;
  if (!filename) {
    const dir = options.dataDir ?? 'data';
    fs.mkdirSync(dir, { recursive: true });
    filename = path.join(dir, 'engine.db');
  }
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -16000');
  db.exec(SCHEMA_SQL);
  const row = db.prepare(`SELECT value FROM meta WHERE name = 'schema_version'`).get() as { value: string } | undefined;
  if (!row) db.prepare(`INSERT INTO meta (name, value) VALUES ('schema_version', ?)`).run(String(SCHEMA_VERSION));
  return db;
}

/** Zeebe-style 64-bit keys: partition 1 prefix, then a counter persisted with each commit. */
export class KeyGenerator {
  private static readonly FIRST = 2251799813685249;
  private next: number;

  constructor(private readonly db: Db) {
    const row = db.prepare(`SELECT value FROM meta WHERE name = 'next_key'`).get() as { value: string } | undefined;
    this.next = row ? Number(row.value) : KeyGenerator.FIRST;
  }

  take(): number {
    return this.next++;
  }

  /** Called inside each commit so keys never repeat after a crash. */
  persist(): void {
    this.db.prepare(`INSERT INTO meta (name, value) VALUES ('next_key', ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value`).run(String(this.next));
  }
}
