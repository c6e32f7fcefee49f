import type Database from 'better-sqlite3';
import type { Db } from './database';

/** Zeebe-style 64-bit keys: partition 1 prefix, then a counter persisted with each commit. */
export class KeyGenerator {
  private static readonly FIRST = 2251799813685249;
  private next: number;
  private readonly save: Database.Statement;

  constructor(db: Db) {
    const row = db.prepare(`SELECT value FROM meta WHERE name = 'next_key'`).get() as { value: string } | undefined;
    this.next = row ? Number(row.value) : KeyGenerator.FIRST;
    // Prepared once: persist() runs in every commit.
    this.save = db.prepare(`INSERT INTO meta (name, value) VALUES ('next_key', ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value`);
  }

  take(): number {
    return this.next++;
  }

  /** Called inside each commit so keys never repeat after a crash. */
  persist(): void {
    this.save.run(String(this.next));
  }
}
