import type { NextFunction, Request, Response } from 'express';
import Database from 'better-sqlite3';
import { WalSync } from '../../engine/store/wal-sync';

/**
 * Group commit for app.db (users, sessions, audit log), as the engine does for its own state (engine/store/wal-sync.ts).
 * app.db commits with `synchronous=NORMAL`: a commit writes its WAL frames and returns without an fsync on the event
 * loop. Before an answer goes out, `durable()` fsyncs the WAL on libuv's thread pool if anything was committed since
 * the last flush; answers that are ready together share one fsync.
 *
 * The guarantee: every app.db write made before a request's answer is sent (the audit entries of that request, a new
 * session, a changed user) is on disk when the client receives the answer — what `synchronous=FULL` gave, without
 * blocking every other request for the length of each fsync (the soak bench measured one audit insert per UI read).
 * Writes made outside a request (background batches) reach the disk with the next flush or checkpoint; a process
 * crash loses none of them (the WAL is written before the commit returns), a power loss at most those of the last
 * moments, none of which was acknowledged to anyone.
 */
export class AppDbDurability {
  private readonly wal: WalSync;
  private readonly totalChanges: Database.Statement<[], { n: number }>;
  /** `total_changes()` as it was when the last completed flush started: everything up to it is on disk. */
  private flushed = 0;

  constructor(db: Database.Database, walPath: string | undefined) {
    this.wal = new WalSync(walPath);
    this.totalChanges = db.prepare('SELECT total_changes() AS n');
  }

  /** Undefined when nothing was committed since the last flush; else resolves once it is on disk. */
  durable(): Promise<void> | undefined {
    const changes = this.totalChanges.get()!.n;
    if (changes === this.flushed) return undefined;
    return this.wal.durable().then(() => {
      this.flushed = Math.max(this.flushed, changes);
    });
  }

  close(): void {
    this.wal.close();
  }
}

/**
 * Express middleware: an answer is sent only after the app.db writes made while preparing it are durable (see
 * AppDbDurability), except on /v2. It holds back `res.end`, as compression middleware does; a failed flush destroys
 * the socket rather than acknowledge what may not be on disk.
 */
export function durableAnswers(durability: Pick<AppDbDurability, 'durable'>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    // The runtime API writes nothing to app.db (its state is the engine's, acknowledged after the engine's own
    // flush): its answers need not wait for app.db's, which other clients' UI requests keep busy.
    if (req.url.startsWith('/v2/')) return next();
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      const flushing = durability.durable();
      if (!flushing) return end(...args);
      flushing.then(
        () => end(...args),
        (err: unknown) => res.destroy(err instanceof Error ? err : new Error(String(err))),
      );
      return res;
    }) as Response['end'];
    next();
  };
}
