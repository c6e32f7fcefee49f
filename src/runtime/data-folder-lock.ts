import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * One server per data folder. Two servers on one folder both wrote engine.db (duplicate keys, SqliteError on
 * deploy, each seeing different definitions), so the second one must refuse to start.
 *
 * The lock is a file created exclusively (O_EXCL) holding the holder's pid. It survives a crash of the holder
 * (SIGKILL, power loss): a lock whose pid no longer runs is stale and taken over. Within one process (tests start
 * several servers) the folders held are remembered too, since the pid alone cannot tell two servers apart there.
 */
export const LOCK_FILE = 'server.lock';

export class DataFolderInUseError extends Error {
  constructor(readonly dataDir: string, readonly pid: number) {
    super(`The data folder ${dataDir} is in use by another yukk-flow server (process ${pid}). Stop that server first, or start this one with another DATA_DIR.`);
    this.name = 'DataFolderInUseError';
  }
}

export interface DataFolderLock {
  readonly file: string;
  release(): void;
}

const heldHere = new Set<string>();
let exitHook = false;

/** A server stopped by a signal (Nest's shutdown hooks, then exit) leaves no lock behind, though one would be taken over. */
function releaseAllAtExit(): void {
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const file of heldHere) if (holder(file) === process.pid) fs.rmSync(file, { force: true });
  });
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, under another account.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function lockDataFolder(dataDir: string): DataFolderLock {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  if (heldHere.has(file)) throw new DataFolderInUseError(dir, process.pid);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o644);
      fs.writeSync(fd, `${process.pid}\n`);
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw err;
      const pid = holder(file);
      // A pid of this very process is left over from a crash of an earlier process that had the same pid.
      if (pid !== undefined && pid !== process.pid && running(pid)) throw new DataFolderInUseError(dir, pid);
      // Stale (its process is gone) or half-written by a holder that crashed while creating it: take it over.
      // Removing and re-creating with O_EXCL means two servers taking over at once cannot both win.
      // Re-read just before removing, so a lock another server took over meanwhile is not removed.
      if (holder(file) === pid) fs.rmSync(file, { force: true });
    }
  }
  heldHere.add(file);
  releaseAllAtExit();
  let held = true;
  return {
    file,
    release() {
      if (!held) return;
      held = false;
      heldHere.delete(file);
      if (holder(file) === process.pid) fs.rmSync(file, { force: true });
    },
  };
}
