import Database from 'better-sqlite3';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startCheckpointer } from './checkpointer';

describe('WAL checkpointer', () => {
  it('copies committed pages back into the database file from its own thread', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-ckpt-'));
    const file = path.join(dir, 'engine.db');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0'); // only the checkpointer may move pages into engine.db
    db.exec('CREATE TABLE t (v TEXT)');
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run('x'.repeat(2000));
    })();
    const before = fs.statSync(file).size;
    const checkpointer = startCheckpointer(file, 50);
    try {
      for (let i = 0; i < 400 && fs.statSync(file).size <= before + 500_000; i++) await new Promise((r) => setTimeout(r, 25));
      expect(fs.statSync(file).size).toBeGreaterThan(before + 500_000);
      expect((db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n).toBe(500);
    } finally {
      await checkpointer.close();
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
