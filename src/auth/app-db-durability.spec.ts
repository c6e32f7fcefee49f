import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import Database from 'better-sqlite3';
import { AppDbDurability, durableAnswers } from './app-db-durability';

describe('app.db durability before answers', () => {
  it('flushes only when something was committed since the last flush', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-appdb-'));
    // As app-database.ts opens app.db (that module needs Nest, which this unit test does not load).
    const db = new Database(path.join(dir, 'app.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const durability = new AppDbDurability(db, path.join(dir, 'app.db-wal'));
    try {
      db.exec('CREATE TABLE t (x INTEGER)');
      expect(durability.durable()).toBeUndefined(); // DDL changes no rows: nothing an answer depends on
      db.prepare('INSERT INTO t (x) VALUES (1)').run();
      const flushing = durability.durable();
      expect(flushing).toBeInstanceOf(Promise);
      await flushing;
      expect(durability.durable()).toBeUndefined();
      db.prepare('INSERT INTO t (x) VALUES (2)').run();
      await expect(durability.durable()).resolves.toBeUndefined();
    } finally {
      durability.close();
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('an answer waits for the flush', () => {
    let server: http.Server;
    let base: string;
    let flush: { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } | undefined;
    const durability = { durable: () => flush?.promise };

    beforeAll(async () => {
      const middleware = durableAnswers(durability);
      // The middleware as express runs it, in front of a handler that answers at once.
      server = http.createServer((req, res) => {
        const next: NextFunction = () => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ ok: true }));
        };
        middleware(req as Request, res as Response, next);
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    });

    const pending = () => {
      let resolve!: () => void;
      let reject!: (e: Error) => void;
      const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
      return { promise, resolve, reject };
    };

    it('goes out at once when nothing is to be flushed', async () => {
      flush = undefined;
      const res = await fetch(`${base}/answer`);
      expect(await res.json()).toEqual({ ok: true });
    });

    it('is held back until the flush completes', async () => {
      flush = pending();
      let answered = false;
      const answer = fetch(`${base}/answer`).then(async (r) => ((answered = true), r.json()));
      // Long enough for the answer to arrive, were it not held back (loopback round trips take well under this).
      await new Promise((r) => setTimeout(r, 200));
      expect(answered).toBe(false);
      flush.resolve();
      expect(await answer).toEqual({ ok: true });
    });

    it('on the runtime API (/v2), which writes nothing to app.db, is not held back', async () => {
      flush = pending();
      const res = await fetch(`${base}/v2/process-instances/search`);
      expect(await res.json()).toEqual({ ok: true });
      flush.resolve();
    });

    it('is never sent when the flush fails: the connection is dropped instead', async () => {
      flush = pending();
      const answer = fetch(`${base}/answer`);
      setTimeout(() => flush!.reject(new Error('EIO')), 50);
      await expect(answer).rejects.toThrow();
    });
  });
});
