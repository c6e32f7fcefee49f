import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside the commit that crosses
 * `wal_autocheckpoint` pages, on the engine's one thread: it copies the WAL back into engine.db and fsyncs both,
 * tens of megabytes at a time (every 10,000 pages, see database.ts), which under load on a shared disk stalled
 * every request for seconds. This worker thread has its own connection and runs a PASSIVE checkpoint every
 * half second: it never blocks the engine's writes or reads, and keeps the WAL short enough that the automatic
 * checkpoint (kept as a backstop) is not reached. The engine's acknowledgement rule is unchanged: commands are
 * acknowledged after the WAL fsync (wal-sync.ts), whatever the checkpointer is doing.
 */
export interface Checkpointer {
  close(): Promise<void>;
}

const PROGRAM = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = NORMAL');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // SQLITE_BUSY or similar: the next round tries again; the automatic checkpoint is the backstop.
  }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export function startCheckpointer(file: string, intervalMs = 500): Checkpointer {
  const driver = createRequire(__filename).resolve('better-sqlite3');
  const worker = new Worker(PROGRAM, { eval: true, workerData: { driver, file, intervalMs } });
  // A failing checkpointer only costs the automatic checkpoints it was saving: never the engine.
  worker.on('error', () => undefined);
  worker.unref();
  return {
    close: () =>
      new Promise<void>((resolve) => {
        // Unref'd while it runs; a close keeps the process alive until the worker has exited (else a
        // process with nothing else to do ended in the middle of `await engine.close()`).
        worker.ref();
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
        // Exits once its port closes; terminate as a fallback so a close never hangs.
        setTimeout(() => void worker.terminate(), 2000).unref();
      }),
  };
}
