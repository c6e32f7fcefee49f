/**
 * A full disk, as SQLite (SQLITE_FULL: "database or disk is full") or the file system (ENOSPC) reports it. Such a
 * request is answered 507 "not enough space" (nothing of it was saved: the transaction rolled back), and logged, so
 * the operator learns what happened instead of reading "An internal error occurred".
 */
export const OUT_OF_SPACE_DETAIL = 'There is not enough space on the server\'s disk to save this; nothing was saved. Please tell the operator.';

export function isOutOfSpace(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown; message?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.code === 'SQLITE_FULL' || e.code === 'ENOSPC') return true;
    if (typeof e.message === 'string' && /database or disk is full|no space left on device/i.test(e.message)) return true;
  }
  return false;
}

export const outOfSpaceLogLine = (method: string | undefined, path: string) =>
  `not enough disk space: ${method ?? ''} ${path} could not be saved (SQLITE_FULL/ENOSPC); free space in the data folder`;
