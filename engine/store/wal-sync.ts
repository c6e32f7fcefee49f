import * as fs from 'node:fs';

/**
 * Group commit without blocking the event loop. Commits run with `synchronous=NORMAL` (WAL frames
 * written, not yet flushed); before any command of a commit is acknowledged, the WAL file is
 * fsync'd here, on libuv's thread pool. One fsync covers every commit made before it started, so
 * commands that arrive while a flush is in flight share the next one. Acknowledged therefore means
 * on disk — the guarantee of `synchronous=FULL` — while the engine keeps executing the next batch.
 * (SQLite itself syncs the WAL before each checkpoint and the database file after it.)
 */
export class WalSync {
  private fd: number | undefined;
  private syncing = false;
  private waiting: Array<(err: Error | null) => void> = [];

  constructor(private readonly walPath: string | undefined) {}

  /** Resolves when everything committed before this call is on disk. */
  durable(): Promise<void> {
    if (!this.walPath) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiting.push((err) => (err ? reject(err) : resolve()));
      this.pump();
    });
  }

  private pump(): void {
    if (this.syncing || this.waiting.length === 0) return;
    if (this.fd === undefined) {
      if (!fs.existsSync(this.walPath!)) {
        // Nothing was ever written to the WAL: nothing to flush.
        for (const done of this.waiting.splice(0)) done(null);
        return;
      }
      this.fd = fs.openSync(this.walPath!, 'r');
    }
    this.syncing = true;
    const batch = this.waiting.splice(0);
    fs.fsync(this.fd, (err) => {
      this.syncing = false;
      for (const done of batch) done(err);
      this.pump();
    });
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }
}
